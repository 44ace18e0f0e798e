/** Prices of the add-on and extra slots from typed configuration; net, VAT and gross. */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.portal.pricing;
