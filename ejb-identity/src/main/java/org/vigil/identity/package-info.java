/**
 * Identity: accounts and their KYC levels (L1 email and phone, L2 eMRTD chip, L3 in person),
 * the authenticator devices that hold each person's key, device clients, and the OpenID
 * Connect provider with CIBA. Every other context learns who is acting from here.
 */
package org.vigil.identity;
