/** The customer's Embed view: player link, iframe snippet with a live preview, allowed domains. */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.portal.viewers.ui;
