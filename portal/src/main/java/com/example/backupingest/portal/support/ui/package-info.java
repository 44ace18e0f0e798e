/** Support views (customers, audit log) and the customer's "Support access" page. */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.portal.support.ui;
