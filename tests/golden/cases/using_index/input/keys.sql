-- Keys made of existing unique indexes, in the spellings pg_dump and people write.
CREATE TABLE public.accounts (
    id integer NOT NULL,
    email text NOT NULL,
    code text
);
CREATE UNIQUE INDEX accounts_id_idx ON public.accounts (id);
CREATE UNIQUE INDEX accounts_email_idx ON public.accounts (email) INCLUDE (code);
CREATE UNIQUE INDEX accounts_code_idx ON accounts (code);

-- The constraint takes the index's name unless it names itself; then the index is renamed.
ALTER TABLE ONLY "public"."accounts" ADD CONSTRAINT accounts_pkey PRIMARY KEY USING INDEX accounts_id_idx;
ALTER TABLE accounts ADD UNIQUE USING INDEX accounts_email_idx;
ALTER TABLE accounts ADD CONSTRAINT accounts_code_key UNIQUE USING INDEX accounts_code_idx DEFERRABLE;

-- A primary key made of an index on a nullable column makes the column NOT NULL.
CREATE TABLE public.tags (name text);
CREATE UNIQUE INDEX tags_name_idx ON tags (name);
ALTER TABLE tags ADD PRIMARY KEY USING INDEX tags_name_idx;
