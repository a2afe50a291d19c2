-- schemac migration: up
-- 1 step; no hazards

-- + trigger public.orders.orders_touch: create trigger
CREATE TRIGGER orders_touch BEFORE INSERT ON public.orders FOR EACH ROW EXECUTE FUNCTION public.touch();
