CREATE TYPE mood AS ENUM ('calm');
