/**
 * How Vigil configures EU DSS: trust anchors, where revocation data and timestamps come from.
 * Signing and validation share this, so a document Vigil signs validates by the same rules.
 */
package org.vigil.documents.dss;
