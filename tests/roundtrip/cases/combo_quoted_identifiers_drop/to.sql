CREATE TABLE public."Keep Me" (
    "Key" text PRIMARY KEY,
    "Value" text
);
