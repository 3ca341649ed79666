package org.companyunification.cli.internal;

/** What a command does to the database, which decides whether a production environment asks first. */
public enum Access {
    /** Reads only; never asks. */
    READ,
    /** Changes the schema or the data; asks for confirmation on a production environment unless {@code --yes}. */
    WRITE
}
