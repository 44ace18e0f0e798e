/** The application shell: main layout, navigation, language switch and shared UI helpers. */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.portal.base;
