INSERT INTO public.events VALUES (1, 'signup'), (2, 'signup'), (3, 'login');
REFRESH MATERIALIZED VIEW public.event_kinds;
