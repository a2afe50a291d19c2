INSERT INTO public.t (at) VALUES ('2024-01-01'), ('2024-01-02');
