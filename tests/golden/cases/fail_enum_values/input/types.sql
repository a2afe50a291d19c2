CREATE TYPE mood AS ENUM ('sad', 'ok');
ALTER TYPE mood ADD VALUE 'ok';
ALTER TYPE mood ADD VALUE 'happy' AFTER 'glad';
ALTER TYPE mood RENAME VALUE 'angry' TO 'calm';
ALTER TYPE mood RENAME VALUE 'sad' TO 'ok';
ALTER TYPE mood ADD VALUE 'x' BESIDE 'ok';
ALTER TYPE moods ADD VALUE 'y';
ALTER TYPE mood ADD VALUE 'happy' BEFORE 'sad';
