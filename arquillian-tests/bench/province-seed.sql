-- A province's market, written straight into PostgreSQL by arquillian-tests/bench/province.sh (through the API it would
-- take hours). psql variables: owners, agencies, needs, bids (the bids wanted in all; the script reaches about that).
-- Expects the temporary tables seed_owner_code and seed_agency_code (n, code): valid unified social credit codes.
--
-- Every need is a consistent aggregate, as the application would have left it: its rounds (need_round), its award with
-- the ranking the selection saw (need_award, need_award_rank) and winning_bid_id where one was chosen, the contract and
-- rating its state implies, bids from distinct agencies that serve the need's item, and the audit entries that record
-- each step (their log positions are left to the running sequencer). Times are relative to now: a published need's
-- deadline is ahead, a notice still runs, a contract is not yet due, an accepted need's rating period is still open, so
-- no timer of the server changes the data while it is measured.
\set ON_ERROR_STOP on
\timing off
SET client_min_messages = warning;

CREATE TEMP TABLE seed_clock AS SELECT date_trunc('second', now()) AS t0;

-- Reference data the seed draws on: the catalog's active items, the regions an owner or agency sits in, word lists.
CREATE TEMP TABLE seed_item AS
SELECT (row_number() OVER (ORDER BY code) - 1)::int AS i, code, name_zh
FROM service_item WHERE latest AND status = 'ACTIVE';
CREATE TEMP TABLE seed_region AS
SELECT (row_number() OVER (ORDER BY code) - 1)::int AS r, code, replace(name_zh, '市', '') AS city
FROM region WHERE code IN ('330100', '330200', '330300', '330400', '330500', '330600', '330700', '330800', '330900', '331000',
                           '331100', '320100', '310100', '440100', '510100');
-- Most of the market is the province's own: two thirds of organisations sit in Zhejiang's cities, weighted to Hangzhou.
CREATE FUNCTION pg_temp.region_of(n bigint) RETURNS char(6) LANGUAGE sql IMMUTABLE AS $$
    SELECT (ARRAY['330100', '330100', '330100', '330200', '330200', '330300', '330400', '330500', '330600', '330700',
                  '330800', '330900', '331000', '331100', '330100', '320100', '310100', '440100', '510100', '330200'])[1 + (n * 7 % 20)]
$$;
CREATE FUNCTION pg_temp.iso(t timestamptz) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
$$;

-- ---------------------------------------------------------------- owners: organisations and one account each
CREATE TEMP TABLE seed_owner AS
SELECT c.n, (SELECT max(id) FROM organisation) + 1 + c.n AS id, c.code, pg_temp.region_of(c.n) AS region_code
FROM seed_owner_code c WHERE c.n < :owners;
INSERT INTO organisation (id, org_type, name, credit_code, region_code, legal_representative, contact_phone, created_at,
                          contact_person, description, enabled)
SELECT o.id, 'OWNER',
       r.city || (ARRAY['城市建设投资', '交通投资', '水务', '产业园开发', '城市更新', '文旅发展', '能源', '港务', '轨道交通', '高新区开发'])[1 + o.n % 10]
           || (CASE WHEN o.n >= 10 THEN '第' || (o.n / 10 + 1) ELSE '' END) || '集团有限公司',
       o.code, o.region_code,
       (ARRAY['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'])[1 + o.n % 10] || (ARRAY['建国', '明', '静', '海', '强', '洁', '立', '伟'])[1 + o.n % 8],
       '0571-8' || lpad((o.n % 10000000)::text, 7, '0'), (SELECT t0 FROM seed_clock) - interval '2 years', NULL, NULL, TRUE
FROM seed_owner o JOIN seed_region r ON r.code = o.region_code;
INSERT INTO account (username, password_hash, role, organisation_id, email, enabled, failed_attempts, created_at)
SELECT 'p-owner-' || o.n, (SELECT password_hash FROM account WHERE username = 'owner1'), 'OWNER', o.id, NULL, TRUE, 0,
       (SELECT t0 FROM seed_clock) - interval '2 years'
FROM seed_owner o;

-- ---------------------------------------------------------------- agencies, admitted, with credit and service guides
-- Agency a serves the four items (a mod I) … (a mod I) + 3, so the agencies that serve item i are found by arithmetic.
CREATE TEMP TABLE seed_agency AS
SELECT c.n AS a, (SELECT max(id) FROM organisation) + 1 + c.n AS id, c.code, pg_temp.region_of(c.n + 3) AS region_code,
       round(55 + ((c.n * 7919) % 4500) / 100.0, 2) AS credit_score
FROM seed_agency_code c WHERE c.n < :agencies;
INSERT INTO organisation (id, org_type, name, credit_code, region_code, legal_representative, contact_phone, created_at,
                          contact_person, description, enabled)
SELECT a.id, 'AGENCY',
       r.city || (ARRAY['绿源', '华测', '中衡', '甬地', '安评', '新锐', '天正', '宏宇', '博远', '正信', '东方', '恒达', '瑞丰', '金诚', '远景', '启明',
                        '德信', '汇智', '鼎盛', '卓越'])[1 + a.a % 20]
           || (ARRAY['环境科技', '工程咨询', '地质勘察设计院', '安全技术咨询', '测绘科技', '评估咨询', '水利规划设计', '检测技术', '节能技术', '规划设计'])[1 + (a.a / 20) % 10]
           || (CASE WHEN a.a >= 200 THEN '第' || (a.a / 200 + 1) ELSE '' END) || '有限公司',
       a.code, a.region_code,
       (ARRAY['周', '吴', '郑', '孙', '钱', '冯', '沈', '韩', '朱', '秦'])[1 + a.a % 10] || (ARRAY['海', '强', '洁', '立', '多', '远', '平', '芳', '磊'])[1 + a.a % 9],
       '0571-8' || lpad((5000000 + a.a % 5000000)::text, 7, '0'), (SELECT t0 FROM seed_clock) - interval '2 years',
       (ARRAY['周', '吴', '郑', '孙', '钱', '冯', '沈', '韩', '朱', '秦'])[1 + a.a % 10] || (ARRAY['海', '强', '洁', '立', '多', '远', '平', '芳', '磊'])[1 + a.a % 9],
       '专注于建设项目审批阶段的技术服务，团队具备多年同类项目经验，承诺按服务指南约定的时限和收费标准提供服务。', TRUE
FROM seed_agency a JOIN seed_region r ON r.code = a.region_code;
INSERT INTO agency (organisation_id, status, status_reason, suspended_until, admitted_at, credit_score, credit_level, rating_count,
                    rating_mean, row_version, blacklisted_until, red_listed)
SELECT a.id, 'ACTIVE', NULL, NULL, (SELECT t0 FROM seed_clock) - interval '700 days',
       a.credit_score, CASE WHEN a.credit_score >= 90 THEN 'A' WHEN a.credit_score >= 80 THEN 'B' WHEN a.credit_score >= 60 THEN 'C' ELSE 'D' END,
       0, NULL, 0, NULL, a.credit_score >= 98
FROM seed_agency a;
INSERT INTO admission (agency_id, status, submitted_at, submitted_by, decided_at, decided_by)
SELECT a.id, 'APPROVED', (SELECT t0 FROM seed_clock) - interval '702 days', 'p-agency-' || a.a,
       (SELECT t0 FROM seed_clock) - interval '700 days', 'supervisor'
FROM seed_agency a;
INSERT INTO account (username, password_hash, role, organisation_id, email, enabled, failed_attempts, created_at)
SELECT 'p-agency-' || a.a, (SELECT password_hash FROM account WHERE username = 'agency1'), 'AGENCY', a.id, NULL, TRUE, 0,
       (SELECT t0 FROM seed_clock) - interval '702 days'
FROM seed_agency a;
INSERT INTO service_guide (agency_id, item_code, conditions, process, service_days, fee_standard, updated_at)
SELECT a.id, it.code,
       '营业执照、相应资质证书（如事项要求）、项目批复或备案文件、项目基础资料。',
       '1. 网上签约；2. 收集资料与现场踏勘；3. 编制成果；4. 内部审核；5. 提交成果并配合审查。',
       10 + (a.a + d) % 25, (2 + (a.a + d) % 9) || ' 万元/项起，按项目规模协商', (SELECT t0 FROM seed_clock) - interval '600 days'
FROM seed_agency a CROSS JOIN generate_series(0, 3) d
JOIN seed_item it ON it.i = (a.a + d) % (SELECT count(*) FROM seed_item);

-- ---------------------------------------------------------------- projects: five needs each
CREATE TEMP TABLE seed_project AS
SELECT p, (SELECT coalesce(max(id), 0) FROM project) + 1 + p AS id, o.id AS owner_id, o.region_code
FROM generate_series(0, (:needs - 1) / 5) p JOIN seed_owner o ON o.n = (p * 37) % :owners;
INSERT INTO project (id, owner_organisation_id, name, project_code, location, investment, created_at)
SELECT sp.id, sp.owner_id,
       r.city || (ARRAY['城东', '城西', '城南', '城北', '高新区', '滨江', '临港', '新区'])[1 + sp.p % 8]
           || (ARRAY['道路改造工程', '污水处理厂扩建工程', '综合管廊工程', '安置房项目', '学校新建工程', '医院迁建工程', '物流园区项目',
                     '桥梁工程', '水库除险加固工程', '产业园基础设施工程'])[1 + (sp.p / 8) % 10] || (CASE WHEN sp.p >= 80 THEN '（' || (sp.p / 80 + 1) || '期）' ELSE '' END),
       '2026-' || sp.region_code || '-99-01-' || lpad(sp.p::text, 6, '0'),
       r.city || (ARRAY['上城区', '西湖区', '江北区', '鄞州区', '新城', '开发区'])[1 + sp.p % 6],
       1000000 * (10 + (sp.p * 31) % 2000), (SELECT t0 FROM seed_clock) - interval '400 days'
FROM seed_project sp JOIN seed_region r ON r.code = sp.region_code;

-- ---------------------------------------------------------------- needs: the plan of each one's life
-- Shares (n mod 100): draft 5, published 15, bidding closed 5, notice 5, contracted 10, delivered 5, accepted 5,
-- rated 35, cancelled 5, failed 10. One need in seven past its draft failed a first round for too few bids.
CREATE TEMP TABLE seed_need AS
WITH plan AS (
    SELECT n, (SELECT coalesce(max(id), 0) FROM need) + 1 + n AS id,
           CASE WHEN n % 100 < 5 THEN 'DRAFT' WHEN n % 100 < 20 THEN 'PUBLISHED' WHEN n % 100 < 25 THEN 'BIDDING_CLOSED'
                WHEN n % 100 < 30 THEN 'NOTICE' WHEN n % 100 < 40 THEN 'CONTRACTED' WHEN n % 100 < 45 THEN 'DELIVERED'
                WHEN n % 100 < 50 THEN 'ACCEPTED' WHEN n % 100 < 85 THEN 'RATED' WHEN n % 100 < 90 THEN 'CANCELLED' ELSE 'FAILED' END AS status
    FROM generate_series(0, :needs - 1) n
)
SELECT p.n, p.id, p.status, sp.id AS project_id, sp.owner_id, pr.project_code, pr.name AS project_name,
       it.i AS item, it.code AS item_code, it.name_zh AS item_name,
       CASE WHEN p.n % 4 = 1 THEN 'COMPREHENSIVE_SCORE' ELSE 'LOWEST_PRICE' END AS method,
       20 + p.n % 40 AS service_days, 10000.00 * (2 + p.n % 30) AS ceiling,
       (p.status <> 'DRAFT' AND p.n % 7 = 3) AS second_round,
       -- the deadline of the current round
       (SELECT t0 FROM seed_clock) + CASE p.status
           WHEN 'DRAFT' THEN interval '15 days'
           WHEN 'PUBLISHED' THEN interval '1 day' * (1 + p.n % 20) + interval '1 hour' * (p.n % 24)
           WHEN 'BIDDING_CLOSED' THEN -interval '1 hour' * (1 + p.n % 48)
           WHEN 'NOTICE' THEN -interval '1 day' - interval '1 hour' * (p.n % 20)
           WHEN 'CONTRACTED' THEN -interval '1 day' * (8 + p.n % 10)
           WHEN 'DELIVERED' THEN -interval '1 day' * (20 + p.n % 10)
           WHEN 'ACCEPTED' THEN -interval '1 day' * (30 + p.n % 20)
           WHEN 'RATED' THEN -interval '1 day' * (90 + p.n % 300)
           WHEN 'CANCELLED' THEN -interval '1 day' * (p.n % 100) + interval '7 days'
           ELSE -interval '1 day' * (1 + p.n % 200) END AS deadline,
       -- bids in the current round: none for a draft, too few for a failed round, 3 to 2 × avg − 3 otherwise
       CASE WHEN p.status = 'DRAFT' THEN 0 WHEN p.status IN ('FAILED', 'CANCELLED') THEN p.n % 3
            -- (never more than the agencies serving an item can give: four per group of I agencies)
            ELSE least(3 + (p.n * 7919) % (2 * greatest(:bids / :needs::numeric * 100 / 80 - 0.35 * 100 / 80 - 3, 0)::int + 1),
                       4 * (:agencies / (SELECT count(*) FROM seed_item))) END AS k
FROM plan p
JOIN seed_project sp ON sp.p = p.n / 5
JOIN project pr ON pr.id = sp.id
JOIN seed_item it ON it.i = (p.n * 13) % (SELECT count(*) FROM seed_item);
ALTER TABLE seed_need ADD COLUMN published_at timestamptz, ADD COLUMN closed_at timestamptz, ADD COLUMN selected_at timestamptz,
    ADD COLUMN notice_ends_at timestamptz, ADD COLUMN created_at timestamptz, ADD COLUMN first_deadline timestamptz;
UPDATE seed_need SET
    published_at = CASE WHEN status = 'DRAFT' THEN NULL
                        WHEN status IN ('PUBLISHED', 'CANCELLED') THEN least(deadline - interval '7 days', (SELECT t0 FROM seed_clock) - interval '1 hour' * (1 + n % 72))
                        ELSE deadline - interval '10 days' END,
    closed_at = CASE WHEN status IN ('DRAFT', 'PUBLISHED', 'CANCELLED') THEN NULL ELSE deadline + interval '1 second' END,
    selected_at = CASE WHEN status IN ('NOTICE', 'CONTRACTED', 'DELIVERED', 'ACCEPTED', 'RATED') THEN deadline + interval '2 hours' END;
UPDATE seed_need SET notice_ends_at = selected_at + interval '3 days',
    first_deadline = CASE WHEN second_round THEN published_at - interval '10 days' END,
    created_at = coalesce(published_at, (SELECT t0 FROM seed_clock)) - CASE WHEN second_round THEN interval '22 days' ELSE interval '2 days' END
                 - interval '1 day' * (n % 10);
CREATE UNIQUE INDEX ON seed_need (n);

INSERT INTO need (id, project_id, item_code, scope, service_days, ceiling_price, qualification_required, selection_method, price_weight,
                  credit_weight, plan_weight, contact, status, bid_round, failed_rounds, bid_deadline, published_at, closed_at, draw_seed,
                  draw_commitment, status_reason, winning_bid_id, selected_at, notice_ends_at, created_at, row_version)
SELECT id, project_id, item_code, project_name || item_name, service_days, ceiling, NULL, method,
       CASE WHEN method = 'COMPREHENSIVE_SCORE' THEN 40 END, CASE WHEN method = 'COMPREHENSIVE_SCORE' THEN 20 END,
       CASE WHEN method = 'COMPREHENSIVE_SCORE' THEN 40 END,
       '0571-8600' || lpad((n % 10000)::text, 4, '0'), status, CASE WHEN second_round THEN 2 ELSE 1 END,
       CASE WHEN status = 'FAILED' AND second_round THEN 2 WHEN status = 'FAILED' OR second_round THEN 1 ELSE 0 END,
       deadline, published_at, closed_at, NULL, NULL,
       CASE WHEN status = 'FAILED' THEN '{"@":"tooFewBids","bids":"' || k || '","minimum":"3"}'
            WHEN status = 'CANCELLED' THEN '项目方案调整，本事项暂缓采购' END,
       NULL, selected_at, notice_ends_at, created_at, 1
FROM seed_need ORDER BY n;

-- ---------------------------------------------------------------- bids, with the audit entry that is their receipt
-- The j-th bidder of a need serves its item: agency (item − j mod 4) mod I + I × m, m distinct for distinct j.
CREATE TEMP TABLE seed_bid AS
WITH wanted AS (
    SELECT sn.n, sn.id AS need_id, CASE WHEN sn.second_round THEN 2 ELSE 1 END AS round_no, sn.k AS k, j, sn.item,
           sn.ceiling, sn.service_days, sn.published_at AS opened, sn.deadline
    FROM seed_need sn CROSS JOIN LATERAL generate_series(0, sn.k - 1) j
    UNION ALL
    SELECT sn.n, sn.id, 1, 1 + sn.n % 2, j, sn.item, sn.ceiling, sn.service_days, sn.first_deadline - interval '10 days', sn.first_deadline
    FROM seed_need sn CROSS JOIN LATERAL generate_series(0, sn.n % 2) j WHERE sn.second_round
), groups AS (SELECT (:agencies / (SELECT count(*) FROM seed_item))::int AS g, (SELECT count(*) FROM seed_item)::int AS i)
SELECT w.n, w.need_id, w.round_no, w.j, w.k,
       sa.id AS agency_id, sa.a, sa.credit_score,
       round(w.ceiling * (0.70 + ((w.n * 13 + w.j * 29 + w.round_no) % 30) / 100.0), -2)::numeric(14, 2) AS price,
       w.service_days - w.j % 5 AS service_days,
       '组建专项项目组（第 ' || (w.j + 1) || ' 号方案），按服务指南约定流程完成，提交成果并配合审查。' AS plan,
       -- submitted between opening and the deadline (or now, for a round still open)
       w.opened + (least(w.deadline, (SELECT t0 FROM seed_clock)) - w.opened) * ((w.j + 1)::float8 / (w.k + 1)) AS submitted_at,
       50 + (w.n * 7 + w.j * 11) % 50 AS plan_score
FROM wanted w CROSS JOIN groups
JOIN seed_agency sa ON sa.a = ((w.item - w.j % 4 + groups.i) % groups.i) + groups.i * ((w.n * 131 + w.j / 4) % groups.g);
CREATE INDEX ON seed_bid (n, round_no);
ALTER TABLE seed_bid ADD COLUMN id bigint, ADD COLUMN seq bigint, ADD COLUMN offer_sha256 char(64);
UPDATE seed_bid b SET id = (SELECT coalesce(max(id), 0) FROM bid) + x.rn, seq = nextval('audit_entry_seq'),
    offer_sha256 = encode(sha256(convert_to(b.price::text || '|' || b.service_days || '|' || b.plan || '|', 'UTF8')), 'hex')
FROM (SELECT n, round_no, j, row_number() OVER (ORDER BY submitted_at, n, j) AS rn FROM seed_bid) x
WHERE x.n = b.n AND x.round_no = b.round_no AND x.j = b.j;
INSERT INTO bid (id, need_id, bid_round, agency_id, price, service_days, plan, plan_file_id, source_ip, status, first_submitted_at,
                 submitted_at, plan_score, total_score, confirmed, selected_among, receipt_no, offer_sha256, changed_at)
SELECT b.id, b.need_id, b.round_no, b.agency_id, b.price, b.service_days, b.plan, NULL,
       '10.' || (b.a / 65536 % 256) || '.' || (b.a / 256 % 256) || '.' || (b.a % 256), 'LIVE', b.submitted_at, b.submitted_at,
       NULL, NULL, TRUE, FALSE, b.seq, b.offer_sha256, b.submitted_at
FROM seed_bid b ORDER BY b.id;
INSERT INTO audit_entry (seq, recorded_at, actor, action, entity_type, entity_id, detail, digest)
SELECT b.seq, b.submitted_at, 'p-agency-' || b.a, 'BID_PLACED', 'Bid', b.id::text, d.detail,
       encode(sha256(convert_to(d.detail, 'UTF8')), 'hex')
FROM seed_bid b CROSS JOIN LATERAL (SELECT '{"need":"' || b.need_id || '","round":"' || b.round_no || '","offerSha256":"' || b.offer_sha256
                                            || '","received":"' || pg_temp.iso(b.submitted_at) || '"}' AS detail) d;

-- ---------------------------------------------------------------- rounds
INSERT INTO need_round (need_id, round_no, selection_method, price_weight, credit_weight, plan_weight, scope, service_days, ceiling_price,
                        qualification_required, bid_deadline, published_at, draw_commitment, draw_seed, closed_at, outcome, outcome_reason, ended_at)
SELECT sn.id, 1, sn.method, n.price_weight, n.credit_weight, n.plan_weight, n.scope, n.service_days, n.ceiling_price, NULL,
       sn.first_deadline, sn.first_deadline - interval '10 days', NULL, NULL, sn.first_deadline + interval '1 second', 'FAILED',
       '{"@":"tooFewBids","bids":"' || (1 + sn.n % 2) || '","minimum":"3"}', sn.first_deadline + interval '1 second'
FROM seed_need sn JOIN need n ON n.id = sn.id WHERE sn.second_round;
INSERT INTO need_round (need_id, round_no, selection_method, price_weight, credit_weight, plan_weight, scope, service_days, ceiling_price,
                        qualification_required, bid_deadline, published_at, draw_commitment, draw_seed, closed_at, outcome, outcome_reason, ended_at)
SELECT sn.id, n.bid_round, sn.method, n.price_weight, n.credit_weight, n.plan_weight, n.scope, n.service_days, n.ceiling_price, NULL,
       sn.deadline, sn.published_at, NULL, NULL, sn.closed_at,
       CASE sn.status WHEN 'PUBLISHED' THEN 'OPEN' WHEN 'CANCELLED' THEN 'CANCELLED' WHEN 'FAILED' THEN 'FAILED' ELSE 'CLOSED' END,
       CASE sn.status WHEN 'CANCELLED' THEN n.status_reason WHEN 'FAILED' THEN n.status_reason END,
       CASE sn.status WHEN 'CANCELLED' THEN sn.published_at + least(interval '3 days', ((SELECT t0 FROM seed_clock) - sn.published_at) / 2) WHEN 'FAILED' THEN sn.closed_at END
FROM seed_need sn JOIN need n ON n.id = sn.id WHERE sn.status <> 'DRAFT';

-- ---------------------------------------------------------------- awards: the ranking the selection saw, the winner first
CREATE TEMP TABLE seed_rank AS
SELECT b.n, b.id AS bid_id, b.agency_id, b.price, b.service_days,
       CASE WHEN sn.method = 'COMPREHENSIVE_SCORE' THEN b.plan_score END AS plan_score,
       CASE WHEN sn.method = 'COMPREHENSIVE_SCORE'
            THEN round(40 * min(b.price) OVER (PARTITION BY b.n) / b.price + 20 * b.credit_score / 100 + 40 * b.plan_score / 100, 2) END AS total_score,
       sn.method
FROM seed_bid b JOIN seed_need sn ON sn.n = b.n AND b.round_no = CASE WHEN sn.second_round THEN 2 ELSE 1 END
WHERE sn.status IN ('NOTICE', 'CONTRACTED', 'DELIVERED', 'ACCEPTED', 'RATED');
ALTER TABLE seed_rank ADD COLUMN place int;
UPDATE seed_rank r SET place = x.place
FROM (SELECT bid_id, row_number() OVER (PARTITION BY n ORDER BY CASE WHEN method = 'COMPREHENSIVE_SCORE' THEN -total_score ELSE price END, bid_id) AS place
      FROM seed_rank) x WHERE x.bid_id = r.bid_id;
UPDATE bid b SET plan_score = r.plan_score, total_score = r.total_score FROM seed_rank r WHERE r.bid_id = b.id AND r.method = 'COMPREHENSIVE_SCORE';
CREATE TEMP TABLE seed_award AS
SELECT r.n, (SELECT coalesce(max(id), 0) FROM need_award) + row_number() OVER (ORDER BY r.n) AS id, r.bid_id, r.agency_id, r.price,
       r.service_days, sa.a, sa.id AS agency_org
FROM seed_rank r JOIN seed_agency sa ON sa.id = r.agency_id WHERE r.place = 1;
INSERT INTO need_award (id, need_id, round_no, selection_method, bid_id, agency_id, price, selected_at, notice_ends_at)
SELECT w.id, sn.id, CASE WHEN sn.second_round THEN 2 ELSE 1 END, sn.method, w.bid_id, w.agency_id, w.price, sn.selected_at, sn.notice_ends_at
FROM seed_award w JOIN seed_need sn ON sn.n = w.n;
INSERT INTO need_award_rank (award_id, place, bid_id, agency_id, price, service_days, plan_score, total_score)
SELECT w.id, r.place, r.bid_id, r.agency_id, r.price, r.service_days, r.plan_score, r.total_score
FROM seed_rank r JOIN seed_award w ON w.n = r.n;
UPDATE need n SET winning_bid_id = w.bid_id FROM seed_award w JOIN seed_need sn ON sn.n = w.n WHERE n.id = sn.id;

-- ---------------------------------------------------------------- contracts and ratings
CREATE TEMP TABLE seed_contract AS
SELECT w.n, (SELECT coalesce(max(id), 0) FROM contract) + row_number() OVER (ORDER BY w.n) AS id, w.bid_id, w.agency_id, w.a, w.price,
       w.service_days, sn.id AS need_id, sn.owner_id, sn.status, sn.notice_ends_at + interval '1 day' AS signed_at
FROM seed_award w JOIN seed_need sn ON sn.n = w.n WHERE sn.status IN ('CONTRACTED', 'DELIVERED', 'ACCEPTED', 'RATED');
ALTER TABLE seed_contract ADD COLUMN confirmed_at timestamptz, ADD COLUMN delivered_at timestamptz, ADD COLUMN accepted_at timestamptz;
UPDATE seed_contract SET confirmed_at = signed_at + interval '1 day';
UPDATE seed_contract SET
    delivered_at = CASE status WHEN 'CONTRACTED' THEN NULL
                               WHEN 'DELIVERED' THEN (SELECT t0 FROM seed_clock) - interval '1 day' * (1 + n % 5)
                               WHEN 'ACCEPTED' THEN (SELECT t0 FROM seed_clock) - interval '1 day' * (3 + n % 10)
                               ELSE confirmed_at + interval '1 day' * (service_days - 2) END;
UPDATE seed_contract SET accepted_at = CASE status WHEN 'ACCEPTED' THEN delivered_at + interval '2 days'
                                                   WHEN 'RATED' THEN delivered_at + interval '2 days' END;
INSERT INTO contract (id, need_id, bid_id, owner_organisation_id, agency_id, price, service_days, status, signed_at, confirm_by, confirmed_at,
                      due_date, overdue_since, delivered_at, accepted_at, rating_due, status_reason, row_version)
SELECT c.id, c.need_id, c.bid_id, c.owner_id, c.agency_id, c.price, c.service_days,
       CASE c.status WHEN 'CONTRACTED' THEN 'IN_SERVICE' ELSE c.status END, c.signed_at, c.signed_at + interval '5 days', c.confirmed_at,
       (c.confirmed_at + interval '1 day' * c.service_days)::date, NULL, c.delivered_at, c.accepted_at,
       c.accepted_at + interval '15 days', NULL, 3
FROM seed_contract c;
INSERT INTO rating (contract_id, agency_id, quality, timeliness, attitude, fee, comment, default_rating, rated_at)
SELECT c.id, c.agency_id, 3 + c.n % 3, 3 + (c.n / 3) % 3, 4 + c.n % 2, 3 + (c.n / 7) % 3,
       (ARRAY['总体满意', '报告质量高，现场配合及时', '按期交付，沟通顺畅', '成果规范，修改及时'])[1 + c.n % 4], FALSE,
       c.accepted_at + interval '3 days'
FROM seed_contract c WHERE c.status = 'RATED';
UPDATE agency a SET rating_count = x.cnt, rating_mean = x.mean
FROM (SELECT agency_id, count(*) AS cnt, round(avg((quality + timeliness + attitude + fee) / 4.0), 2) AS mean FROM rating GROUP BY agency_id) x
WHERE x.agency_id = a.organisation_id AND a.organisation_id IN (SELECT id FROM seed_agency);

-- ---------------------------------------------------------------- the audit log of the needs, in the order things happened
CREATE TEMP TABLE seed_event (need_n int, at timestamptz, actor text, action text, detail text, ord int);
INSERT INTO seed_event
SELECT sn.n, sn.created_at, 'p-owner-' || o.n, 'NEED_DRAFTED',
       '{"item":"' || sn.item_code || '","project":"' || sn.project_code || '","method":"' || sn.method || '"}', 1
FROM seed_need sn JOIN seed_owner o ON o.id = sn.owner_id;
INSERT INTO seed_event
SELECT sn.n, r.published_at, 'p-owner-' || o.n, 'NEED_PUBLISHED',
       '{"round":"' || r.round_no || '","method":"' || r.selection_method || '","ceiling":"' || r.ceiling_price || '","deadline":"'
           || pg_temp.iso(r.bid_deadline) || '"}', 2 + 10 * r.round_no
FROM need_round r JOIN seed_need sn ON sn.id = r.need_id JOIN seed_owner o ON o.id = sn.owner_id;
INSERT INTO seed_event
SELECT sn.n, r.closed_at, 'system', CASE r.outcome WHEN 'FAILED' THEN 'NEED_FAILED' ELSE 'BIDDING_CLOSED' END,
       '{"round":"' || r.round_no || '","bids":"' || (SELECT count(*) FROM seed_bid b WHERE b.n = sn.n AND b.round_no = r.round_no) || '"}', 3 + 10 * r.round_no
FROM need_round r JOIN seed_need sn ON sn.id = r.need_id WHERE r.outcome IN ('FAILED', 'CLOSED');
INSERT INTO seed_event
SELECT sn.n, r.ended_at, 'p-owner-' || o.n, 'NEED_CANCELLED', '{"reason":"' || r.outcome_reason || '"}', 3 + 10 * r.round_no
FROM need_round r JOIN seed_need sn ON sn.id = r.need_id JOIN seed_owner o ON o.id = sn.owner_id WHERE r.outcome = 'CANCELLED';
INSERT INTO seed_event
SELECT sn.n, sn.selected_at, 'p-owner-' || o.n, 'NEED_AWARDED',
       '{"method":"' || sn.method || '","agency":"' || org.name || '","price":"' || w.price || '","bids":"' || sn.k || '","noticeUntil":"'
           || pg_temp.iso(sn.notice_ends_at) || '"}', 40
FROM seed_award w JOIN seed_need sn ON sn.n = w.n JOIN seed_owner o ON o.id = sn.owner_id JOIN organisation org ON org.id = w.agency_id;
INSERT INTO seed_event
SELECT c.n, c.signed_at, 'p-owner-' || o.n, 'CONTRACT_SIGNED',
       '{"contract":"' || c.id || '","price":"' || c.price || '","confirmBy":"' || pg_temp.iso(c.signed_at + interval '5 days') || '"}', 50
FROM seed_contract c JOIN seed_owner o ON o.id = c.owner_id;
INSERT INTO seed_event
SELECT c.n, c.confirmed_at, 'p-agency-' || c.a, 'CONTRACT_CONFIRMED',
       '{"contract":"' || c.id || '","due":"' || (c.confirmed_at + interval '1 day' * c.service_days)::date || '"}', 51
FROM seed_contract c;
INSERT INTO seed_event
SELECT c.n, c.delivered_at, 'p-agency-' || c.a, 'DELIVERABLE_SUBMITTED', '{"contract":"' || c.id || '","file":"成果报告.pdf"}', 52
FROM seed_contract c WHERE c.delivered_at IS NOT NULL;
INSERT INTO seed_event
SELECT c.n, c.accepted_at, 'p-owner-' || o.n, 'DELIVERY_ACCEPTED', '{"contract":"' || c.id || '"}', 53
FROM seed_contract c JOIN seed_owner o ON o.id = c.owner_id WHERE c.accepted_at IS NOT NULL;
INSERT INTO seed_event
SELECT c.n, r.rated_at, 'p-owner-' || o.n, 'NEED_RATED',
       '{"contract":"' || c.id || '","quality":"' || r.quality || '","timeliness":"' || r.timeliness || '","attitude":"' || r.attitude
           || '","fee":"' || r.fee || '"}', 54
FROM seed_contract c JOIN rating r ON r.contract_id = c.id JOIN seed_owner o ON o.id = c.owner_id;
-- Numbered after sorting (PostgreSQL evaluates nextval after ORDER BY), so a need's timeline reads in order.
INSERT INTO audit_entry (seq, recorded_at, actor, action, entity_type, entity_id, detail, digest)
SELECT nextval('audit_entry_seq'), e.at, e.actor, e.action, 'Need', e.need_id::text, e.detail, encode(sha256(convert_to(e.detail, 'UTF8')), 'hex')
FROM (SELECT ev.*, sn.id AS need_id FROM seed_event ev JOIN seed_need sn ON sn.n = ev.need_n) e ORDER BY e.need_n, e.ord;

-- ---------------------------------------------------------------- identities continue after the seeded rows
SELECT setval(pg_get_serial_sequence('organisation', 'id'), (SELECT max(id) FROM organisation));
SELECT setval(pg_get_serial_sequence('project', 'id'), (SELECT max(id) FROM project));
SELECT setval(pg_get_serial_sequence('need', 'id'), (SELECT max(id) FROM need));
SELECT setval(pg_get_serial_sequence('bid', 'id'), (SELECT max(id) FROM bid));
SELECT setval(pg_get_serial_sequence('need_award', 'id'), (SELECT max(id) FROM need_award));
SELECT setval(pg_get_serial_sequence('contract', 'id'), (SELECT max(id) FROM contract));
ANALYZE;
