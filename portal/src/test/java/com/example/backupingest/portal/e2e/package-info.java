/** End-to-end browser tests: the whole portal with real database, SMTP, security and Chromium. */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.portal.e2e;
