package dev.yusuan.io.narrative;

import dev.yusuan.model.MoneyUnit;

/**
 * What claim extraction needs from the document: the source name for provenance, the money unit of
 * amounts printed without one, and how to resolve classification names to codes.
 */
public record NarrativeContext(String source, MoneyUnit unit, CodeResolver codes) {}
