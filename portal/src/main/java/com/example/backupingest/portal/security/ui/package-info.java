/** The sign-in page with its language switch and the too-many-attempts message. */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.portal.security.ui;
