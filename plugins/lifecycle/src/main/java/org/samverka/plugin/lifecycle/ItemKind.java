package org.samverka.plugin.lifecycle;

/** What a capacity item is: a thing the municipality has, a person's role, or an ongoing effort. */
public enum ItemKind {
    RESOURCE, ROLE, EFFORT
}
