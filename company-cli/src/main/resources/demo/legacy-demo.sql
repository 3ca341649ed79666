-- Demo legacy data set: a small, invented energy-project portfolio in the fourteen legacy tables.
-- Every company, person and project here is fictitious; web sites and e-mail addresses use the reserved
-- .example domain and telephone numbers the fictional 555 range.
--
-- Plain SQL that runs unchanged on H2, PostgreSQL and MariaDB against the legacy schema:
--   12 projects, 15 personnel,
--   13 technology_vendors, 24 owners_developers, 4 operators, 5 constructors, 6 offtakers, 1 client
--   (53 legacy company rows that are 39 organisations),
--   43 project relationships (13 vendor, 14 owner, 5 operator, 5 constructor, 6 offtaker),
--   19 personnel_entity_relationships.
-- See org.companyunification.cli.demo.DemoDataSet for what the rows are meant to show.

-- Projects -------------------------------------------------------------------------------------------------

INSERT INTO projects (project_id, project_name, location, country, status, technology, capacity_mw, notes, created_at, updated_at) VALUES
  (1, 'Blackwater Point SMR', 'Blackwater Point', 'Canada', 'Licensing', 'AFS-300', 300.00, 'First-of-a-kind small modular reactor', TIMESTAMP '2019-02-11 09:30:00', TIMESTAMP '2024-05-02 14:10:00'),
  (2, 'Kestrel Ridge Microreactor', 'Kestrel Ridge', 'United States', 'Construction', 'KMP-50', 50.00, NULL, TIMESTAMP '2020-06-01 08:00:00', NULL),
  (3, 'Helion Gate Demonstration Unit', 'Lowmoor', 'Germany', 'Planning', 'HGR-100', 100.00, NULL, TIMESTAMP '2021-01-19 10:45:00', NULL),
  (4, 'Fenwick Valley Unit 1', 'Fenwick Valley', 'United States', 'Operating', 'PWR', 1100.00, 'Refurbished in 2018', TIMESTAMP '2015-03-03 12:00:00', TIMESTAMP '2023-11-20 16:30:00'),
  (5, 'Saltmarsh Offshore Wind', 'Saltmarsh Bank', 'United Kingdom', 'Construction', 'Offshore wind', 840.00, NULL, TIMESTAMP '2018-09-14 11:20:00', NULL),
  (6, 'Brightwater Station', 'Brightwater', 'Canada', 'Operating', 'Pressurised heavy water', 700.00, NULL, TIMESTAMP '2015-03-03 12:05:00', NULL),
  (7, 'Polaris Fusion Pilot', 'Quillon Bay', 'United Kingdom', 'Research', 'Spherical tokamak', 25.00, 'Net-energy demonstration', TIMESTAMP '2022-04-04 09:00:00', NULL),
  (8, 'Thornbury Solar and Storage', 'Thornbury', 'Australia', 'Operating', 'Solar PV with battery', 250.00, NULL, TIMESTAMP '2017-07-21 15:00:00', NULL),
  (9, 'Westfallow Pumped Hydro', 'Westfallow', 'Norway', 'Planning', 'Pumped hydro', 600.00, NULL, TIMESTAMP '2023-02-28 13:15:00', NULL),
  (10, 'Marrowstone Geothermal', 'Marrowstone', 'Iceland', 'Operating', 'Geothermal', 90.00, NULL, TIMESTAMP '2016-10-10 10:10:00', NULL),
  (11, 'Harbourline Wind Phase II', 'Harbourline', 'Denmark', 'Permitting', 'Offshore wind', 1200.00, NULL, TIMESTAMP '2021-08-30 08:40:00', NULL),
  (12, 'Northmoor Hydrogen Hub', 'Northmoor', 'Netherlands', 'Planning', 'Electrolysis', 400.00, 'Fed by Harbourline wind', TIMESTAMP '2023-06-12 09:55:00', NULL);

-- Personnel ------------------------------------------------------------------------------------------------

INSERT INTO personnel (personnel_id, full_name, email, phone, notes, created_at, updated_at) VALUES
  (1, 'Isolde Marchetti', 'i.marchetti@aurelia-fission.example', '+1 613 555 0101', NULL, TIMESTAMP '2019-02-11 09:31:00', NULL),
  (2, 'Tobias Lindqvist', 't.lindqvist@stonehaven.example', '+46 8 555 0102', NULL, TIMESTAMP '2019-05-02 10:00:00', NULL),
  (3, 'Amara Okafor', 'amara.okafor@quarrycrane.example', '+44 20 5550 0103', 'Moved from Ironbridge in 2022', TIMESTAMP '2017-03-15 08:00:00', TIMESTAMP '2022-07-01 09:00:00'),
  (4, 'Henrik Vos', 'henrik.vos@helion-gate.example', '+49 30 5550 0104', NULL, TIMESTAMP '2016-01-04 09:00:00', NULL),
  (5, 'Priya Raman', 'priya.raman@greyhaven.example', '+44 161 555 0105', NULL, TIMESTAMP '2015-02-02 09:00:00', NULL),
  (6, 'Jonas Ferreira', 'j.ferreira@harrowgate.example', '+44 113 555 0106', NULL, TIMESTAMP '2020-09-09 09:00:00', NULL),
  (7, 'Mei-Ling Zhou', 'meiling.zhou@aurelia-fission.example', '+1 613 555 0107', 'Licensing specialist', TIMESTAMP '2021-03-01 09:00:00', NULL),
  (8, 'Callum Reid', 'callum.reid@ostara.example', '+44 131 555 0108', NULL, TIMESTAMP '2023-02-01 09:00:00', NULL),
  (9, 'Ingrid Solberg', 'ingrid.solberg@eastmarch.example', '+47 22 555 0109', NULL, TIMESTAMP '2018-04-16 09:00:00', NULL),
  (10, 'Rafael Quintero', 'r.quintero@tidemark.example', '+34 91 555 0110', NULL, TIMESTAMP '2019-11-11 09:00:00', NULL),
  (11, 'Lena Hartmann', 'lena.hartmann@solvane.example', '+49 89 555 0111', NULL, TIMESTAMP '2019-01-07 09:00:00', NULL),
  (12, 'Samuel Adeyemi', 's.adeyemi@polarisfusion.example', '+44 1865 555 012', NULL, TIMESTAMP '2022-05-05 09:00:00', NULL),
  (13, 'Oksana Petrenko', 'o.petrenko@pelhambay.example', '+1 617 555 0113', NULL, TIMESTAMP '2021-06-21 09:00:00', NULL),
  (14, 'Dmitri Volkov', 'd.volkov@aurelia-fission.example', '+1 613 555 0114', NULL, TIMESTAMP '2022-03-01 09:00:00', NULL),
  (15, 'Freya Lindgren', 'freya.lindgren@lumenridge.example', '+45 33 555 0115', NULL, TIMESTAMP '2020-01-13 09:00:00', NULL);

-- Technology vendors (13) ----------------------------------------------------------------------------------

INSERT INTO technology_vendors (vendor_id, vendor_name, website, country, contact_email, contact_phone, reactor_type, notes, created_at, updated_at) VALUES
  (1, 'Aurelia Fission Systems', 'https://aurelia-fission.example', 'Canada', 'info@aurelia-fission.example', '+1 613 555 0100', 'AFS-300 light-water SMR', 'Also operates and is a client', TIMESTAMP '2019-02-11 09:00:00', TIMESTAMP '2024-01-15 11:00:00'),
  (2, 'Nordwind Energy', 'https://nordwind-energy.example', 'Denmark', 'contact@nordwind-energy.example', '+45 33 555 0200', 'Direct-drive wind turbine', NULL, TIMESTAMP '2018-06-01 10:00:00', NULL),
  (3, 'Nordwind Energies', 'https://nordwind-energies.example', 'Germany', 'hello@nordwind-energies.example', '+49 40 555 0300', 'Floating wind foundation', 'A different company from Nordwind Energy', TIMESTAMP '2020-02-20 10:00:00', NULL),
  (4, 'Helion-Gate Reactors GmbH', 'https://helion-gate.example', 'Germany', 'office@helion-gate.example', '+49 30 555 0400', 'HGR-100 high-temperature gas reactor', NULL, TIMESTAMP '2016-01-04 08:30:00', NULL),
  (5, 'Solvane Thermal & Power', 'https://solvane.example', 'Germany', 'sales@solvane.example', '+49 89 555 0500', 'Molten-salt storage', NULL, TIMESTAMP '2019-01-07 08:00:00', NULL),
  (6, 'Brightwater Nuclear Corp.', 'https://brightwater-nuclear.example', 'Canada', 'info@brightwater-nuclear.example', '+1 905 555 0600', 'Pressurised heavy-water reactor', NULL, TIMESTAMP '2015-03-03 11:00:00', NULL),
  (7, 'Kestrel Modular Power', 'https://kestrel-modular.example', 'United States', 'info@kestrel-modular.example', '+1 208 555 0700', 'KMP-50 heat-pipe microreactor', NULL, TIMESTAMP '2020-06-01 07:30:00', NULL),
  (8, 'Tidemark Isotopes', 'https://tidemark.example', 'Spain', 'isotopes@tidemark.example', '+34 91 555 0800', 'Research reactor fuel', NULL, TIMESTAMP '2019-11-11 08:00:00', NULL),
  (9, 'Corvane Energy Systems', 'https://corvane.example', 'United States', 'info@corvane.example', '+1 412 555 0900', 'Balance-of-plant systems', NULL, TIMESTAMP '2017-05-05 09:00:00', NULL),
  (10, 'Veridian Pebble Bed Co.', 'https://veridian-pebble.example', 'South Africa', 'info@veridian-pebble.example', '+27 12 555 1000', 'Pebble-bed reactor', NULL, TIMESTAMP '2018-08-08 09:00:00', NULL),
  (11, 'Polaris Fusion Works', 'https://polarisfusion.example', 'United Kingdom', 'info@polarisfusion.example', '+44 1865 555 1100', 'Spherical tokamak', NULL, TIMESTAMP '2022-04-04 08:00:00', NULL),
  (12, 'Polaris Fusion Work', 'https://polaris-fusion-work.example', 'Canada', 'team@polaris-fusion-work.example', '+1 604 555 1200', 'Magnetised target fusion', 'Not the same company as Polaris Fusion Works', TIMESTAMP '2022-09-09 08:00:00', NULL),
  (13, 'Ostara Microreactors', 'https://ostara.example', 'United Kingdom', 'sales@ostara.example', '+44 131 555 1300', 'Sodium-cooled microreactor', NULL, TIMESTAMP '2023-01-30 08:00:00', NULL);

-- Owners and developers (24) -------------------------------------------------------------------------------

INSERT INTO owners_developers (owner_id, company_name, company_type, website, country, contact_email, contact_phone, notes, created_at, updated_at) VALUES
  (1, 'Helion Gate Reactors', 'Developer', 'https://helion-gate.example', 'Germany', 'projects@helion-gate.example', '+49 30 555 0401', NULL, TIMESTAMP '2021-01-19 10:00:00', NULL),
  (2, 'BRIGHTWATER NUCLEAR', 'Utility', 'https://brightwater-nuclear.example', 'Canada', NULL, NULL, 'Entered from a scanned contract', TIMESTAMP '2015-03-03 11:30:00', NULL),
  (3, 'Fenwick Valley Power', 'Utility', 'https://fenwickvalley.example', 'United States', 'info@fenwickvalley.example', '+1 803 555 1401', NULL, TIMESTAMP '2015-03-03 12:00:00', NULL),
  (4, 'Fenwick Valley Power LLC', 'Utility', 'https://fenwickvalley.example', 'USA', 'legal@fenwickvalley.example', NULL, 'Duplicate entry from the 2019 import', TIMESTAMP '2019-10-01 12:00:00', NULL),
  (5, 'Saltmarsh Renewables', 'Developer', 'https://saltmarsh.example', 'United Kingdom', 'info@saltmarsh.example', '+44 20 5550 1405', NULL, TIMESTAMP '2018-09-14 11:00:00', NULL),
  (6, 'Redcliff Energy Partners', 'Investor', 'https://redcliff.example', 'United Kingdom', 'deals@redcliff.example', '+44 20 5550 1406', NULL, TIMESTAMP '2019-04-04 09:00:00', NULL),
  (7, 'Lowmoor Wind Developments', 'Developer', 'https://lowmoorwind.example', 'Germany', 'info@lowmoorwind.example', NULL, NULL, TIMESTAMP '2020-03-03 09:00:00', NULL),
  (8, 'Amberley Grid Storage', 'Developer', 'https://amberley.example', 'Australia', 'info@amberley.example', '+61 2 5550 1408', NULL, TIMESTAMP '2017-07-20 09:00:00', NULL),
  (9, 'Stonehaven Nuclear Development Corp', 'Developer', 'https://stonehaven.example', 'Canada', 'info@stonehaven.example', '+1 416 555 1409', NULL, TIMESTAMP '2019-02-11 08:00:00', NULL),
  (10, 'Thornbury Solar Farms', 'Developer', 'https://thornbury-solar.example', 'Australia', 'info@thornbury-solar.example', NULL, NULL, TIMESTAMP '2017-07-21 14:00:00', NULL),
  (11, 'Westfallow Energy & Water', 'Utility', 'https://westfallow.example', 'Norway', 'post@westfallow.example', '+47 22 555 1411', NULL, TIMESTAMP '2016-06-06 09:00:00', NULL),
  (12, 'Westfallow Energy and Water Inc.', 'Utility', NULL, 'Norway', NULL, NULL, NULL, TIMESTAMP '2023-02-28 13:00:00', NULL),
  (13, 'Cinderford Geothermal', 'Developer', 'https://cinderford.example', 'Iceland', 'info@cinderford.example', NULL, NULL, TIMESTAMP '2016-10-10 09:00:00', NULL),
  (14, 'Marrowstone Power Holdings', 'Investor', 'https://marrowstone.example', 'Iceland', 'ir@marrowstone.example', '+354 555 1414', NULL, TIMESTAMP '2016-10-10 09:30:00', NULL),
  (15, 'Kestrel Modular Power', 'Developer', 'https://kestrel-modular.example', 'United States', 'projects@kestrel-modular.example', NULL, NULL, TIMESTAMP '2020-06-01 08:00:00', NULL),
  (16, 'Greyhaven Generation', 'Utility', 'https://greyhaven.example', 'United Kingdom', 'info@greyhaven.example', '+44 161 555 1416', NULL, TIMESTAMP '2015-02-02 08:00:00', NULL),
  (17, 'Harbourline Offshore Wind', 'Developer', 'https://harbourline.example', 'Denmark', 'info@harbourline.example', '+45 33 555 1417', NULL, TIMESTAMP '2021-08-30 08:00:00', NULL),
  (18, 'Ashgrove Hydro', 'Developer', 'https://ashgrove-hydro.example', 'Norway', NULL, NULL, NULL, TIMESTAMP '2022-02-02 09:00:00', NULL),
  (19, 'Pellham Bay Energy', 'Developer', 'https://pellhambay.example', 'Netherlands', 'info@pellhambay.example', NULL, 'Not the same company as Pelham Bay Energy', TIMESTAMP '2023-06-12 09:00:00', NULL),
  (20, 'Pelham Bay Energy', 'Investor', 'https://pelhambay.example', 'United States', 'info@pelhambay.example', '+1 617 555 1420', NULL, TIMESTAMP '2021-06-21 09:00:00', NULL),
  (21, 'Northmoor Hydrogen', 'Developer', 'https://northmoor-h2.example', 'Netherlands', 'info@northmoor-h2.example', '+31 20 555 1421', NULL, TIMESTAMP '2023-06-12 09:30:00', NULL),
  (22, 'Quillon Fusion Ventures', 'Investor', 'https://quillon.example', 'United Kingdom', 'hello@quillon.example', NULL, NULL, TIMESTAMP '2022-04-04 09:30:00', NULL),
  (23, 'Oakhurst Clean Energy Co', 'Developer', 'https://oakhurst.example', 'United States', 'info@oakhurst.example', '+1 503 555 1423', NULL, TIMESTAMP '2020-12-12 09:00:00', NULL),
  (24, 'Tidemark Isotopes Ltd.', 'Owner', 'https://tidemark.example', 'Spain', 'owner@tidemark.example', NULL, NULL, TIMESTAMP '2019-11-11 09:00:00', NULL);

-- Operators (4) --------------------------------------------------------------------------------------------

INSERT INTO operators (operator_id, operator_name, website, country, contact_email, contact_phone, notes, created_at, updated_at) VALUES
  (1, 'AURELIA FISSION SYSTEMS, INC.', 'aurelia-fission.example', 'CA', 'operations@aurelia-fission.example', '+1 613 555 0150', NULL, TIMESTAMP '2020-01-20 09:00:00', NULL),
  (2, 'Kestrel  Modular   Power LLC', 'https://kestrel-modular.example', 'United States', 'ops@kestrel-modular.example', NULL, 'Name typed with extra spaces', TIMESTAMP '2021-03-03 09:00:00', NULL),
  (3, 'Greyhaven Generation Ltd', 'https://greyhaven.example', 'United Kingdom', 'control@greyhaven.example', '+44 161 555 1503', NULL, TIMESTAMP '2015-02-02 09:00:00', NULL),
  (4, 'Lumen Ridge Operating Company', 'https://lumenridge.example', 'Iceland', 'ops@lumenridge.example', '+354 555 1504', NULL, TIMESTAMP '2016-10-11 09:00:00', NULL);

-- Constructors (5) -----------------------------------------------------------------------------------------

INSERT INTO constructors (constructor_id, company_name, website, country, contact_email, contact_phone, notes, created_at, updated_at) VALUES
  (1, 'Solvane Thermal and Power Ltd.', 'https://solvane.example', 'Germany', 'construction@solvane.example', '+49 89 555 0501', NULL, TIMESTAMP '2020-02-02 09:00:00', NULL),
  (2, 'Ironbridge Builders', 'https://ironbridge.example', 'Canada', 'bids@ironbridge.example', '+1 780 555 1602', NULL, TIMESTAMP '2017-03-15 09:00:00', NULL),
  (3, 'Quarry & Crane Constructors', 'https://quarrycrane.example', 'United States', 'info@quarrycrane.example', '+1 312 555 1603', NULL, TIMESTAMP '2019-06-06 09:00:00', NULL),
  (4, 'Meridian Civil Works AG', 'https://meridian-civil.example', 'Norway', 'tender@meridian-civil.example', '+47 22 555 1604', NULL, TIMESTAMP '2023-03-01 09:00:00', NULL),
  (5, 'corvane energy systems', NULL, 'United States', NULL, NULL, 'Typed in lower case', TIMESTAMP '2021-08-30 09:00:00', NULL);

-- Off-takers (6) -------------------------------------------------------------------------------------------

INSERT INTO offtakers (offtaker_id, organization_name, sector, website, country, contact_email, contact_phone, notes, created_at, updated_at) VALUES
  (1, 'Eastmarch Utilities', 'Utility', 'https://eastmarch.example', 'Canada', 'ppa@eastmarch.example', '+1 613 555 1701', NULL, TIMESTAMP '2019-02-12 09:00:00', NULL),
  (2, 'Harrowgate Aluminium Smelters', 'Industrial', 'https://harrowgate.example', 'United Kingdom', 'energy@harrowgate.example', '+44 113 555 1702', NULL, TIMESTAMP '2018-09-15 09:00:00', NULL),
  (3, 'Calder Data Centres', 'Data centres', 'https://calder-dc.example', 'Australia', 'power@calder-dc.example', NULL, NULL, TIMESTAMP '2017-07-22 09:00:00', NULL),
  (4, 'Northmoor Hydrogen GmbH', 'Hydrogen', 'https://northmoor-h2.example', 'Germany', 'offtake@northmoor-h2.example', NULL, NULL, TIMESTAMP '2023-06-13 09:00:00', NULL),
  (5, 'Pennine Rail Freight', 'Transport', 'https://penninerail.example', 'United Kingdom', 'traction@penninerail.example', '+44 114 555 1705', NULL, TIMESTAMP '2016-10-12 09:00:00', NULL),
  (6, 'CALDER DATA CENTRES LTD', 'Data Centres', 'https://calder-dc.example', 'AU', NULL, NULL, 'Second entry for Calder', TIMESTAMP '2020-08-08 09:00:00', NULL);

-- Clients (1): the vendor and operator Aurelia again, with dirty CRM codes ---------------------------------

INSERT INTO clients (client_id, client_name, website, country, contact_email, contact_phone, relationship_strength, client_priority, relationship_notes, last_contact_date, next_contact_date, notes, created_at, updated_at) VALUES
  (1, ' Aurelia Fission Systems LLC ', 'https://aurelia-fission.example', 'Canada', 'accounts@aurelia-fission.example', '+1 613 555 0160', 'Very Strong', 'HIGH', 'Renewal of the fuel services agreement under discussion', DATE '2024-03-01', DATE '2024-06-01', NULL, TIMESTAMP '2021-01-01 09:00:00', TIMESTAMP '2024-03-01 17:00:00');

-- Project relationships ------------------------------------------------------------------------------------

INSERT INTO project_vendor_relationships (relationship_id, project_id, vendor_id, is_primary, notes, created_at) VALUES
  (1, 1, 1, TRUE, 'Supplies the AFS-300 reactor module', TIMESTAMP '2019-02-12 09:00:00'),
  (2, 2, 7, TRUE, NULL, TIMESTAMP '2020-06-02 09:00:00'),
  (3, 3, 4, TRUE, 'Reactor and fuel supply', TIMESTAMP '2021-01-20 09:00:00'),
  (4, 4, 2, FALSE, NULL, TIMESTAMP '2019-10-02 09:00:00'),
  (5, 5, 3, FALSE, 'Floating foundations for the second phase', TIMESTAMP '2020-02-21 09:00:00'),
  (6, 6, 6, TRUE, NULL, TIMESTAMP '2015-03-04 09:00:00'),
  (7, 7, 11, TRUE, NULL, TIMESTAMP '2022-04-05 09:00:00'),
  (8, 8, 13, FALSE, NULL, TIMESTAMP '2023-02-01 09:00:00'),
  (9, 9, 5, TRUE, NULL, TIMESTAMP '2023-03-01 09:00:00'),
  (10, 99, 1, FALSE, 'Project 99 was deleted', TIMESTAMP '2020-01-01 09:00:00'),
  (11, 10, 99, FALSE, 'Vendor 99 was deleted', TIMESTAMP '2020-01-02 09:00:00'),
  (12, 11, 9, TRUE, NULL, TIMESTAMP '2021-09-01 09:00:00'),
  (13, 12, 8, FALSE, NULL, TIMESTAMP '2023-06-14 09:00:00');

INSERT INTO project_owner_relationships (relationship_id, project_id, owner_id, is_primary, notes, created_at) VALUES
  (1, 1, 9, TRUE, 'Majority owner', TIMESTAMP '2019-02-12 09:05:00'),
  (2, 2, 15, TRUE, NULL, TIMESTAMP '2020-06-02 09:05:00'),
  (3, 3, 1, TRUE, NULL, TIMESTAMP '2021-01-20 09:05:00'),
  (4, 4, 3, TRUE, NULL, TIMESTAMP '2015-03-04 09:05:00'),
  (5, 4, 4, FALSE, 'Entered again under the LLC name', TIMESTAMP '2019-10-02 09:05:00'),
  (6, 5, 5, TRUE, NULL, TIMESTAMP '2018-09-15 09:05:00'),
  (7, 6, 2, TRUE, NULL, TIMESTAMP '2015-03-04 09:10:00'),
  (8, 7, 22, TRUE, 'Lead investor', TIMESTAMP '2022-04-05 09:05:00'),
  (9, 8, 10, TRUE, NULL, TIMESTAMP '2017-07-22 09:05:00'),
  (10, 9, 11, TRUE, NULL, TIMESTAMP '2023-03-01 09:05:00'),
  (11, 10, 14, TRUE, NULL, TIMESTAMP '2016-10-11 09:05:00'),
  (12, 11, 17, TRUE, NULL, TIMESTAMP '2021-09-01 09:05:00'),
  (13, 12, 21, TRUE, NULL, TIMESTAMP '2023-06-14 09:05:00'),
  (14, 12, 19, FALSE, '30% minority stake', TIMESTAMP '2023-06-14 09:10:00');

INSERT INTO project_operator_relationships (relationship_id, project_id, operator_id, is_primary, notes, created_at) VALUES
  (1, 1, 1, TRUE, 'Operator during commissioning', TIMESTAMP '2020-01-21 09:00:00'),
  (2, 2, 2, TRUE, NULL, TIMESTAMP '2021-03-04 09:00:00'),
  (3, 6, 3, TRUE, NULL, TIMESTAMP '2015-03-04 09:15:00'),
  (4, 10, 4, TRUE, NULL, TIMESTAMP '2016-10-11 09:10:00'),
  (5, 3, 3, FALSE, 'Operations support contract', TIMESTAMP '2022-01-10 09:00:00');

INSERT INTO project_constructor_relationships (relationship_id, project_id, constructor_id, is_primary, notes, created_at) VALUES
  (1, 1, 2, TRUE, 'EPC contractor', TIMESTAMP '2019-03-01 09:00:00'),
  (2, 2, 3, FALSE, NULL, TIMESTAMP '2020-07-01 09:00:00'),
  (3, 6, 1, TRUE, NULL, TIMESTAMP '2020-02-03 09:00:00'),
  (4, 9, 4, TRUE, NULL, TIMESTAMP '2023-03-02 09:00:00'),
  (5, 11, 5, TRUE, NULL, TIMESTAMP '2021-09-02 09:00:00');

INSERT INTO project_offtaker_relationships (relationship_id, project_id, offtaker_id, is_primary, notes, created_at) VALUES
  (1, 1, 1, TRUE, '20-year power purchase agreement', TIMESTAMP '2019-03-02 09:00:00'),
  (2, 5, 2, FALSE, NULL, TIMESTAMP '2018-09-16 09:00:00'),
  (3, 8, 3, FALSE, NULL, TIMESTAMP '2017-07-23 09:00:00'),
  (4, 8, 6, FALSE, 'Renewed contract', TIMESTAMP '2020-08-09 09:00:00'),
  (5, 12, 4, TRUE, NULL, TIMESTAMP '2023-06-14 09:15:00'),
  (6, 10, 5, FALSE, NULL, TIMESTAMP '2016-10-12 09:10:00');

-- People at companies (and one at a project) ---------------------------------------------------------------

INSERT INTO personnel_entity_relationships (relationship_id, personnel_id, entity_type, entity_id, role_title, is_primary, start_date, end_date, notes, created_at) VALUES
  (1, 1, 'vendor', 1, 'Chief Executive Officer', TRUE, DATE '2018-04-01', NULL, NULL, TIMESTAMP '2019-02-11 09:32:00'),
  (2, 1, 'client', 1, 'Executive sponsor', FALSE, DATE '2021-01-01', NULL, 'Same organisation as vendor 1', TIMESTAMP '2021-01-01 09:05:00'),
  (3, 2, 'owner', 9, 'Head of Development', TRUE, DATE '2019-09-01', NULL, NULL, TIMESTAMP '2019-09-01 09:00:00'),
  (4, 2, 'operator', 2, 'Board member', FALSE, DATE '2021-05-01', NULL, NULL, TIMESTAMP '2021-05-01 09:00:00'),
  (5, 3, 'constructor', 2, 'Site Director', TRUE, DATE '2017-03-15', DATE '2022-06-30', NULL, TIMESTAMP '2017-03-15 09:00:00'),
  (6, 3, 'constructor', 3, 'Project Director', TRUE, DATE '2022-07-01', NULL, NULL, TIMESTAMP '2022-07-01 09:00:00'),
  (7, 4, 'vendor', 4, 'Chief Technology Officer', TRUE, DATE '2016-01-01', NULL, NULL, TIMESTAMP '2016-01-04 09:05:00'),
  (8, 4, 'offtaker', 1, 'Board Chair', TRUE, DATE '2020-05-01', NULL, 'Second current primary role', TIMESTAMP '2020-05-01 09:00:00'),
  (9, 5, 'operator', 3, 'Plant Manager', TRUE, DATE '2015-02-01', NULL, NULL, TIMESTAMP '2015-02-02 09:05:00'),
  (10, 6, 'offtaker', 2, 'Energy Procurement Lead', TRUE, DATE '2020-09-01', NULL, NULL, TIMESTAMP '2020-09-09 09:05:00'),
  (11, 7, 'project', 1, 'Licensing Lead', FALSE, DATE '2021-03-01', NULL, NULL, TIMESTAMP '2021-03-01 09:05:00'),
  (12, 8, 'vendor', 13, 'Sales Director', TRUE, DATE '2023-02-01', DATE '2021-11-30', 'End date typed before the start date', TIMESTAMP '2023-02-01 09:05:00'),
  (13, 9, 'utility', 1, 'Account Manager', TRUE, DATE '2018-04-16', NULL, 'No such entity type', TIMESTAMP '2018-04-16 09:05:00'),
  (14, 10, 'Owner', 24, 'Commercial Manager', TRUE, DATE '2019-11-11', NULL, NULL, TIMESTAMP '2019-11-11 09:05:00'),
  (15, 11, 'constructor', 1, 'Procurement Manager', TRUE, DATE '2019-01-07', NULL, NULL, TIMESTAMP '2019-01-07 09:05:00'),
  (16, 12, 'vendor', 12, 'Field Engineer', FALSE, DATE '2022-05-05', NULL, NULL, TIMESTAMP '2022-05-05 09:05:00'),
  (17, 13, 'owner', 20, 'Analyst', TRUE, DATE '2021-06-21', NULL, NULL, TIMESTAMP '2021-06-21 09:05:00'),
  (18, 14, 'client', 1, 'Account Manager', TRUE, DATE '2022-03-01', NULL, NULL, TIMESTAMP '2022-03-01 09:05:00'),
  (19, 15, 'operator', 4, 'Shift Supervisor', FALSE, DATE '2020-01-13', DATE '2023-12-31', NULL, TIMESTAMP '2020-01-13 09:05:00');
