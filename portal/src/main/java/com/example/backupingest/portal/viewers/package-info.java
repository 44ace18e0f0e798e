/**
 * The viewers' side: the public website player, its embed code, the assignment of every viewer to
 * one distribution server, and the seat limit across all edges of an account.
 */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.portal.viewers;
