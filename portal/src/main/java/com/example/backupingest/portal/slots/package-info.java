/** Slot arithmetic (contents x 2 entrypoints) and which content uses which slot; distribution servers. */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.portal.slots;
