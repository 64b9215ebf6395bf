package org.samverka.plugin.workshop;

/**
 * Whose a workshop is: a municipality's own, or a region's joint workshop for several of its
 * municipalities. Every read and change of a workshop goes through its owner, so that a workshop
 * is never reached through another tenant's path.
 */
record Owner(boolean region, String id) {

    static Owner municipality(String municipalityId) {
        return new Owner(false, municipalityId);
    }

    static Owner region(String regionId) {
        return new Owner(true, regionId);
    }

    /** The condition selecting the owner's workshops in table WORKSHOP, with one argument: {@link #id()}. */
    String where() {
        return region ? "REGION_ID = ?" : "MUNICIPALITY_ID = ?";
    }

    @Override
    public String toString() {
        return (region ? "region '" : "municipality '") + id + "'";
    }
}
