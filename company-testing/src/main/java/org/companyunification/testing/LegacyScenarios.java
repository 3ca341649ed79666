package org.companyunification.testing;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Named legacy data sets for tests, each a new {@link LegacyData} that the caller may extend before inserting
 * it. Ids of different scenarios never collide, so scenarios combine with {@link LegacyData#and(LegacyData)}:
 *
 * <pre>{@code
 * LegacyScenarios.vendorThatIsAlsoOperatorAndClient().and(LegacyScenarios.orphans()).insertInto(dataSource);
 * }</pre>
 *
 * <p>Each scenario keeps to its own id range: 1 to 99, 100 to 199, 200 to 299, 300 to 399 and 400 to 499 in
 * the order below. Ids from 900 up are never used, so that orphans can point at them.
 */
public final class LegacyScenarios {

    private static final LocalDateTime CREATED = LocalDateTime.of(2019, 3, 14, 9, 26, 53, 589_793_000);
    private static final LocalDateTime UPDATED = LocalDateTime.of(2024, 11, 2, 17, 5, 0);

    private LegacyScenarios() {}

    /**
     * One organisation, Holtec, entered three times under three spellings: as a vendor, an operator and a
     * client. In the unified model it is one company with three global roles and a client profile from the
     * {@code clients} row (with its dirty CRM codes); whether the three rows join automatically or as a review
     * candidate is for the matching rule to decide.
     *
     * <ul>
     *   <li>project 1 {@code Palisades SMR}</li>
     *   <li>vendor 10 {@code Holtec International}, operator 20 {@code HOLTEC INTERNATIONAL, INC.}, client 30
     *       {@code " Holtec Intl "} with strength {@code "strong "} and priority {@code "HIGH"}</li>
     *   <li>vendor 10 (relationship 40, primary) and operator 20 (relationship 41, primary) on project 1</li>
     *   <li>person 7 {@code Jane Doe}: CEO at vendor 10 since 2020-01-01, primary (relationship 50); account
     *       contact at client 30, not primary (relationship 51)</li>
     * </ul>
     *
     * @return the rows
     */
    public static LegacyData vendorThatIsAlsoOperatorAndClient() {
        return new LegacyData()
                .project(1, "Palisades SMR", p -> p.location("Covert, Michigan").country("USA")
                        .technology("SMR-300").status("Licensing").capacityMw("300.00"))
                .person(7, "Jane Doe", p -> p.email("jane@holtec.com"))
                .vendor(10, "Holtec International", v -> v.country("USA").website("https://holtec.com")
                        .reactorType("SMR-300"))
                .operator(20, "HOLTEC INTERNATIONAL, INC.", o -> o.country("United States").website("holtec.com"))
                .client(30, " Holtec Intl ", c -> c.country("USA").relationshipStrength("strong ")
                        .clientPriority("HIGH").relationshipNotes("Met at the ANS winter meeting")
                        .lastContactDate(LocalDate.of(2024, 3, 1)).nextContactDate(LocalDate.of(2024, 6, 1)))
                .vendorOnProject(40, 1, 10, true)
                .operatorOnProject(41, 1, 20, true)
                .personAt(50, 7, "vendor", 10, a -> a.title("CEO").primary(true).start(LocalDate.of(2020, 1, 1)))
                .personAt(51, 7, "client", 30, a -> a.title("Account contact"));
    }

    /**
     * Clean rows in each of the fourteen legacy tables with every column set, timestamps and dates included:
     * the data set for checking that something leaves the legacy tables exactly as they were, or carries every
     * column over.
     *
     * <ul>
     *   <li>projects 100 {@code Vogtle Units 3 and 4} and 101 {@code Kemmerer Unit 1}</li>
     *   <li>persons 110 {@code Ana Ruiz} and 111 {@code Tom Berg}</li>
     *   <li>vendor 120 {@code Westinghouse Electric Company}, owner 130 {@code Georgia Power}, operator 140
     *       {@code Southern Nuclear}, constructor 150 {@code Bechtel}, off-taker 160 {@code Oglethorpe Power},
     *       client 170 {@code TerraPower} (strength {@code Strong}, priority {@code High})</li>
     *   <li>each of the five company rows on project 100 (relationships 180 to 184; the vendor, owner and
     *       operator primary)</li>
     *   <li>person 110 plant manager at operator 140 from 2019-05-01, primary (relationship 190); person 111 on
     *       project 101 (relationship 191)</li>
     * </ul>
     *
     * @return the rows
     */
    public static LegacyData everyTable() {
        return new LegacyData()
                .project(100, "Vogtle Units 3 and 4", p -> p.location("Waynesboro, Georgia").country("USA")
                        .status("Operating").technology("AP1000").capacityMw("2234.00").notes("Two units")
                        .createdAt(CREATED).updatedAt(UPDATED))
                .project(101, "Kemmerer Unit 1", p -> p.location("Kemmerer, Wyoming").country("USA")
                        .status("Construction").technology("Natrium").capacityMw("345.50").notes("Sodium-cooled")
                        .createdAt(CREATED).updatedAt(UPDATED))
                .person(110, "Ana Ruiz", p -> p.email("ana.ruiz@southernco.com").phone("+1 205 555 0101")
                        .notes("Site lead").createdAt(CREATED).updatedAt(UPDATED))
                .person(111, "Tom Berg", p -> p.email("tom.berg@example.org").phone("+1 307 555 0199")
                        .notes("Licensing").createdAt(CREATED).updatedAt(UPDATED))
                .vendor(120, "Westinghouse Electric Company", v -> v.website("https://westinghousenuclear.com")
                        .country("USA").contactEmail("info@westinghouse.com").contactPhone("+1 412 555 0100")
                        .reactorType("AP1000").notes("PWR vendor").createdAt(CREATED).updatedAt(UPDATED))
                .owner(130, "Georgia Power", o -> o.companyType("Utility").website("https://georgiapower.com")
                        .country("USA").contactEmail("contact@georgiapower.com").contactPhone("+1 404 555 0100")
                        .notes("Majority owner").createdAt(CREATED).updatedAt(UPDATED))
                .operator(140, "Southern Nuclear", o -> o.website("https://southernnuclear.com").country("USA")
                        .contactEmail("ops@southernco.com").contactPhone("+1 205 555 0100")
                        .notes("Licensed operator").createdAt(CREATED).updatedAt(UPDATED))
                .constructor(150, "Bechtel", c -> c.website("https://bechtel.com").country("USA")
                        .contactEmail("nuclear@bechtel.com").contactPhone("+1 571 555 0100")
                        .notes("EPC contractor").createdAt(CREATED).updatedAt(UPDATED))
                .offtaker(160, "Oglethorpe Power", o -> o.sector("Electric cooperative")
                        .website("https://opc.com").country("USA").contactEmail("info@opc.com")
                        .contactPhone("+1 770 555 0100").notes("Buys 30%").createdAt(CREATED).updatedAt(UPDATED))
                .client(170, "TerraPower", c -> c.website("https://terrapower.com").country("USA")
                        .contactEmail("info@terrapower.com").contactPhone("+1 425 555 0100")
                        .relationshipStrength("Strong").clientPriority("High").relationshipNotes("Quarterly review")
                        .lastContactDate(LocalDate.of(2024, 9, 30)).nextContactDate(LocalDate.of(2024, 12, 15))
                        .notes("Natrium programme").createdAt(CREATED).updatedAt(UPDATED))
                .vendorOnProject(180, 100, 120, true, r -> r.notes("AP1000 supplier").createdAt(CREATED))
                .ownerOnProject(181, 100, 130, true, r -> r.notes("45.7% share").createdAt(CREATED))
                .operatorOnProject(182, 100, 140, true, r -> r.notes("Operating licence").createdAt(CREATED))
                .constructorOnProject(183, 100, 150, false, r -> r.notes("Completion").createdAt(CREATED))
                .offtakerOnProject(184, 100, 160, false, r -> r.notes("PPA").createdAt(CREATED))
                .personAt(190, 110, "operator", 140, a -> a.title("Plant Manager").primary(true)
                        .start(LocalDate.of(2019, 5, 1)).notes("Unit 3").createdAt(CREATED))
                .personAt(191, 111, "project", 101, a -> a.title("Licensing lead").start(LocalDate.of(2021, 2, 1))
                        .end(LocalDate.of(2023, 12, 31)).notes("Seconded").createdAt(CREATED));
    }

    /**
     * Values that production has and that a migration must clean, report or refuse rather than copy.
     *
     * <ul>
     *   <li>vendor 200 with a blank name {@code "   "}; vendor 201 {@code "  nuscale power "} (stray whitespace,
     *       lower case) and owner 202 {@code "NuScale Power, LLC"}, the same organisation</li>
     *   <li>client 210 {@code Blue Energy}: strength {@code "strong "}, priority {@code "URGENT"}, next contact
     *       2024-01-15 before last contact 2024-05-01; client 211 {@code Last Energy}: strength
     *       {@code "Very strong"}, priority {@code "high"}; client 212 with an empty name</li>
     *   <li>project 240 with an empty name and a negative capacity; vendor 200 on it twice, both primary
     *       (relationships 250 and 251)</li>
     *   <li>person 220 {@code Sam Lee}: at vendor 201 from 2023-06-01 to 2021-01-01, the end before the start
     *       (relationship 230); {@code entity_type} {@code "Vendor"} in another case (231) and
     *       {@code "supplier"}, a type that names no table (232)</li>
     * </ul>
     *
     * @return the rows
     */
    public static LegacyData dirtyValues() {
        return new LegacyData()
                .vendor(200, "   ")
                .vendor(201, "  nuscale power ", v -> v.website("WWW.NUSCALEPOWER.COM "))
                .owner(202, "NuScale Power, LLC", o -> o.website("https://www.nuscalepower.com"))
                .client(210, "Blue Energy", c -> c.relationshipStrength("strong ").clientPriority("URGENT")
                        .lastContactDate(LocalDate.of(2024, 5, 1)).nextContactDate(LocalDate.of(2024, 1, 15)))
                .client(211, "Last Energy", c -> c.relationshipStrength("Very strong").clientPriority("high"))
                .client(212, "")
                .project(240, "", p -> p.capacityMw("-5.00"))
                .vendorOnProject(250, 240, 200, true)
                .vendorOnProject(251, 240, 200, true)
                .person(220, "Sam Lee")
                .personAt(230, 220, "vendor", 201, a -> a.start(LocalDate.of(2023, 6, 1))
                        .end(LocalDate.of(2021, 1, 1)))
                .personAt(231, 220, "Vendor", 201)
                .personAt(232, 220, "supplier", 201);
    }

    /**
     * Relationship rows that point at rows that do not exist, which the legacy schema allows and a migration
     * must report.
     *
     * <ul>
     *   <li>project 300 {@code Natrium Demonstration}, vendor 310 {@code GE Vernova Hitachi}, person 301
     *       {@code Kim Park}</li>
     *   <li>vendor 310 on project 999, which does not exist (relationship 320); operator 998, which does not
     *       exist, on project 300 (relationship 321)</li>
     *   <li>person 997, who does not exist, at vendor 310 (relationship 330); person 301 at constructor 996,
     *       which does not exist (relationship 331)</li>
     * </ul>
     *
     * @return the rows
     */
    public static LegacyData orphans() {
        return new LegacyData()
                .project(300, "Natrium Demonstration")
                .vendor(310, "GE Vernova Hitachi")
                .person(301, "Kim Park")
                .vendorOnProject(320, 999, 310, true)
                .operatorOnProject(321, 300, 998, false)
                .personAt(330, 997, "vendor", 310)
                .personAt(331, 301, "constructor", 996);
    }

    /**
     * A person with two primary affiliations that have not ended, which the legacy schema allows and the
     * unified schema does not (at most one current primary affiliation per person).
     *
     * <ul>
     *   <li>person 400 {@code Lee Chen}; vendor 410 {@code X-energy}; owner 420 {@code Dow Inc.}</li>
     *   <li>person 400 primary at vendor 410 from 2021-03-01 (relationship 430) and primary at owner 420 from
     *       2022-07-01 (relationship 431), neither ended; an earlier primary at vendor 410 from 2015-01-01 to
     *       2018-12-31 (relationship 432)</li>
     * </ul>
     *
     * @return the rows
     */
    public static LegacyData personWithTwoCurrentPrimaryAffiliations() {
        return new LegacyData()
                .person(400, "Lee Chen")
                .vendor(410, "X-energy")
                .owner(420, "Dow Inc.")
                .personAt(430, 400, "vendor", 410, a -> a.title("Engineer").primary(true)
                        .start(LocalDate.of(2021, 3, 1)))
                .personAt(431, 400, "owner", 420, a -> a.title("Liaison").primary(true)
                        .start(LocalDate.of(2022, 7, 1)))
                .personAt(432, 400, "vendor", 410, a -> a.title("Intern").primary(true)
                        .start(LocalDate.of(2015, 1, 1)).end(LocalDate.of(2018, 12, 31)));
    }

    /**
     * Every scenario of this class combined: rows in all fourteen legacy tables, clean and dirty.
     *
     * @return the rows
     */
    public static LegacyData all() {
        return vendorThatIsAlsoOperatorAndClient()
                .and(everyTable())
                .and(dirtyValues())
                .and(orphans())
                .and(personWithTwoCurrentPrimaryAffiliations());
    }
}
