package org.samverka.plugin.workshop;

/** An output as a client sends it; {@code supervote} only for ideas, {@code phase} for insights and decisions. */
public record OutputInput(String kind, String text, String phase, Boolean supervote) {
}
