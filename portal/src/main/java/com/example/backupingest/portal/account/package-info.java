/** Customer accounts: company, contact, base plan, viewer seats and livestream slots. */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.portal.account;
