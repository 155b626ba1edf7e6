package io.github.stackdocs.catalog;

/** Whether changing a property replaces the resource (a new physical resource, the old one deleted). */
public enum Replacement {
  /** Updated in place. */
  NO,
  /** Replaced for some changes or values only, or depending on other properties. */
  MAYBE,
  /** Always replaced. */
  YES
}
