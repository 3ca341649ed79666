package org.companyunification.sync.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The six legacy company tables, in the order the backfill reads them. That order also decides which row leads
 * a company formed from several rows: the first in this order, then by id.
 */
enum LegacyCompanyTable {
    TECHNOLOGY_VENDORS("technology_vendors", "vendor_id", VendorRow.COLUMNS, 1, "vendor") {
        @Override
        CompanyDraft read(ResultSet rs) throws SQLException {
            return LegacyCompanyMapper.INSTANCE.fromVendor(VendorRow.read(rs));
        }
    },
    OWNERS_DEVELOPERS("owners_developers", "owner_id", OwnerDeveloperRow.COLUMNS, 2, "owner") {
        @Override
        CompanyDraft read(ResultSet rs) throws SQLException {
            return LegacyCompanyMapper.INSTANCE.fromOwnerDeveloper(OwnerDeveloperRow.read(rs));
        }
    },
    OPERATORS("operators", "operator_id", OperatorRow.COLUMNS, 3, "operator") {
        @Override
        CompanyDraft read(ResultSet rs) throws SQLException {
            return LegacyCompanyMapper.INSTANCE.fromOperator(OperatorRow.read(rs));
        }
    },
    CONSTRUCTORS("constructors", "constructor_id", ConstructorRow.COLUMNS, 4, "constructor") {
        @Override
        CompanyDraft read(ResultSet rs) throws SQLException {
            return LegacyCompanyMapper.INSTANCE.fromConstructor(ConstructorRow.read(rs));
        }
    },
    OFFTAKERS("offtakers", "offtaker_id", OfftakerRow.COLUMNS, 5, "offtaker") {
        @Override
        CompanyDraft read(ResultSet rs) throws SQLException {
            return LegacyCompanyMapper.INSTANCE.fromOfftaker(OfftakerRow.read(rs));
        }
    },
    CLIENTS("clients", "client_id", ClientRow.COLUMNS, 6, "client") {
        @Override
        CompanyDraft read(ResultSet rs) throws SQLException {
            return LegacyCompanyMapper.INSTANCE.fromClient(ClientRow.read(rs));
        }
    };

    /** The entity types of personnel relationships that name a company table, for messages. */
    static final String ENTITY_TYPES =
            Arrays.stream(values()).map(t -> t.entityType).collect(Collectors.joining(", "));

    final String table;
    final String idColumn;
    final String columns;
    final int roleId;
    final String entityType;

    LegacyCompanyTable(String table, String idColumn, String columns, int roleId, String entityType) {
        this.table = table;
        this.idColumn = idColumn;
        this.columns = columns;
        this.roleId = roleId;
        this.entityType = entityType;
    }

    /** Reads the current row of a result set that selected {@link #columns}. */
    abstract CompanyDraft read(ResultSet rs) throws SQLException;

    static LegacyCompanyTable of(String table) {
        for (LegacyCompanyTable t : values()) {
            if (t.table.equals(table)) {
                return t;
            }
        }
        throw new IllegalArgumentException("not a legacy company table: " + table);
    }

    static Optional<LegacyCompanyTable> ofEntityType(String entityType) {
        return Arrays.stream(values()).filter(t -> t.entityType.equals(entityType)).findFirst();
    }
}
