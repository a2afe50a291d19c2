CREATE TABLE "v (c integer);
