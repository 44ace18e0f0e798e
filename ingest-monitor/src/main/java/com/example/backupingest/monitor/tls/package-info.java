/**
 * The RTMPS certificate: a self-signed one made at first start, or a provider's certificate and key
 * files, checked, installed for nginx and followed while they change (no reload, no dropped stream).
 */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.monitor.tls;
