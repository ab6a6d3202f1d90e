-- Government offices and their jurisdiction (issue 19). An office is a government organisation with a region of its
-- own (GB/T 2260, province, city or district) and a kind: the platform office of that region, or an industry
-- department named as the catalog names an item's competent department (service_item.department). Supervisor
-- accounts act for the office of their organisation. Valid on PostgreSQL and on H2 in PostgreSQL mode.

-- Districts, so that an office can sit below a city (the demo has district offices in Hangzhou and Ningbo).
INSERT INTO region (code, name_zh, name_en) VALUES
    ('330102', '杭州市上城区', 'Shangcheng District, Hangzhou'),
    ('330105', '杭州市拱墅区', 'Gongshu District, Hangzhou'),
    ('330106', '杭州市西湖区', 'Xihu District, Hangzhou'),
    ('330108', '杭州市滨江区', 'Binjiang District, Hangzhou'),
    ('330203', '宁波市海曙区', 'Haishu District, Ningbo'),
    ('330212', '宁波市鄞州区', 'Yinzhou District, Ningbo');

CREATE TABLE office (
    organisation_id BIGINT       PRIMARY KEY REFERENCES organisation (id),
    region_code     CHAR(6)      NOT NULL REFERENCES region (code),
    kind            VARCHAR(16)  NOT NULL,
    department      VARCHAR(128),
    CONSTRAINT office_kind CHECK (kind IN ('PLATFORM', 'DEPARTMENT')),
    CONSTRAINT office_department CHECK ((kind = 'PLATFORM' AND department IS NULL)
                                        OR (kind = 'DEPARTMENT' AND department IS NOT NULL))
);
CREATE INDEX office_region ON office (region_code);

-- Until now every supervisor acted on the whole market. Each government organisation that exists already becomes the
-- platform office of its province, so that its supervisors (the demo's `supervisor` among them) keep acting on
-- everything they did: nobody loses a power by this migration; narrower offices are added beside them.
INSERT INTO office (organisation_id, region_code, kind, department)
SELECT o.id, SUBSTRING(o.region_code, 1, 2) || '0000', 'PLATFORM', NULL
FROM organisation o
WHERE o.org_type = 'GOVERNMENT';

-- Jurisdiction lists ask for the latest version of the items of one department.
CREATE INDEX service_item_department ON service_item (department, latest);
