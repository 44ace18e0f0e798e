/** Who is signed in, who acts on whose behalf, login and its throttling. A leaf: it depends on no feature. */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.portal.security;
