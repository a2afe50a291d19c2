create function public.f(a int, b varchar(20) = 'x') returns int language sql immutable as 'select a';
