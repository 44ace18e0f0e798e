/** The slots view: which content uses which livestream slot on which entrypoint; distribution servers. */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.portal.slots.ui;
