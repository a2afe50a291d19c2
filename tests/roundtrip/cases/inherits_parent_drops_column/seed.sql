INSERT INTO logins (id, at, source, user_name, note) VALUES (1, now(), 'web', 'ann', 'first');
