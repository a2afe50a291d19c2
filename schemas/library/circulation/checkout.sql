-- The check-out procedure used by desks and self-service kiosks.

CREATE PROCEDURE circulation.check_out(p_barcode text, p_card_number text, p_branch_id integer,
                                       p_staff_id integer DEFAULT NULL)
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_card members.cards%ROWTYPE;
    v_member members.members%ROWTYPE;
    v_copy catalog.copies%ROWTYPE;
    v_policy circulation.loan_policies%ROWTYPE;
    v_max_loans integer;
    v_open integer;
BEGIN
    SELECT * INTO STRICT v_card FROM members.cards WHERE card_number = p_card_number AND is_active;
    SELECT * INTO STRICT v_member FROM members.members WHERE id = v_card.member_id;
    IF v_member.status <> 'active' OR v_member.expires_on < current_date THEN
        RAISE EXCEPTION 'member % may not borrow (status %)', v_member.id, v_member.status;
    END IF;

    SELECT t.max_loans INTO v_max_loans FROM members.membership_types AS t WHERE t.code = v_member.membership_type;
    SELECT coalesce(max(s.open_loans), 0) INTO v_open
      FROM circulation.member_loan_stats AS s WHERE s.member_id = v_member.id;
    IF v_open >= v_max_loans THEN
        RAISE EXCEPTION 'member % already has % loans', v_member.id, v_open;
    END IF;

    SELECT * INTO STRICT v_copy FROM catalog.copies WHERE barcode = p_barcode FOR UPDATE;
    IF v_copy.status NOT IN ('available', 'on_hold_shelf') OR v_copy.is_reference_only THEN
        RAISE EXCEPTION 'copy % is not available for loan', p_barcode;
    END IF;

    SELECT p.* INTO STRICT v_policy
      FROM circulation.loan_policies AS p
      JOIN catalog.editions AS e ON e.format = p.format
     WHERE e.id = v_copy.edition_id AND p.membership_type = v_member.membership_type;

    INSERT INTO circulation.loans (copy_id, member_id, card_id, branch_id, policy_id, issued_by, due_on)
    VALUES (v_copy.id, v_member.id, v_card.id, p_branch_id, v_policy.id, p_staff_id,
            circulation.next_open_day(p_branch_id, current_date + v_policy.loan_days));
    UPDATE catalog.copies SET status = 'on_loan', current_branch_id = p_branch_id WHERE id = v_copy.id;
    UPDATE circulation.holds
       SET status = 'fulfilled'
     WHERE member_id = v_member.id AND copy_id = v_copy.id AND status = 'ready';
END;
$$;

COMMENT ON PROCEDURE circulation.check_out(text, text, integer, integer) IS 'Lends a copy (by barcode) to the holder of a card, enforcing status, limits and loan policy.';
