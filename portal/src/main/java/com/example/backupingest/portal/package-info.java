/** The backup-ingest portal: one package per feature; each feature's root package is its API. */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.portal;
