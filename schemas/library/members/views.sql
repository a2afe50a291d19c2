-- Member views: contact details (insertable through a trigger), public
-- profiles and memberships that are about to expire.

CREATE VIEW members.member_contacts AS
SELECT m.id AS member_id,
       m.first_name,
       m.last_name,
       m.email,
       m.phone,
       m.home_branch_id,
       c.card_number,
       a.line1,
       a.postal_code,
       a.city
  FROM members.members AS m
  LEFT JOIN members.cards AS c ON c.member_id = m.id AND c.is_active
  LEFT JOIN members.member_addresses AS a ON a.member_id = m.id AND a.kind = 'home';

COMMENT ON VIEW members.member_contacts IS 'Registration desk view; inserting a row creates the member, the address and a card.';

CREATE FUNCTION members.member_contacts_insert() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO members.members (home_branch_id, first_name, last_name, email, phone)
    VALUES (NEW.home_branch_id, NEW.first_name, NEW.last_name, NEW.email, NEW.phone)
    RETURNING id INTO NEW.member_id;
    IF NEW.line1 IS NOT NULL THEN
        INSERT INTO members.member_addresses (member_id, line1, postal_code, city)
        VALUES (NEW.member_id, NEW.line1, NEW.postal_code, NEW.city);
    END IF;
    INSERT INTO members.cards (member_id, card_number)
    VALUES (NEW.member_id, coalesce(NEW.card_number, members.generate_card_number()))
    RETURNING card_number INTO NEW.card_number;
    RETURN NEW;
END;
$$;

CREATE TRIGGER member_contacts_insert INSTEAD OF INSERT ON members.member_contacts
    FOR EACH ROW EXECUTE FUNCTION members.member_contacts_insert();

CREATE VIEW members.public_profiles WITH (security_barrier) AS
SELECT m.id AS member_id,
       m.first_name,
       left(m.last_name, 1) || '.' AS last_initial,
       m.interests,
       (SELECT count(*)
          FROM catalog.reviews AS r
         WHERE r.member_id = m.id AND r.is_published) AS published_reviews
  FROM members.members AS m
 WHERE m.profile_is_public AND m.status = 'active';

COMMENT ON VIEW members.public_profiles IS 'What other members may see; a security barrier keeps hidden profiles out of reach of leaky functions.';

CREATE VIEW members.expiring_memberships AS
SELECT m.id AS member_id,
       m.first_name,
       m.last_name,
       m.email,
       m.expires_on,
       m.expires_on - current_date AS days_left,
       members.age_on(m.birth_date) AS age
  FROM members.members AS m
 WHERE m.status = 'active'
   AND m.expires_on < current_date + 30;
