/** The shell's views: main layout with navigation and user menu, start routing, support start page. */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.portal.base.ui;
