/**
 * The ingest monitor. Its published API is the package {@code api}; the sub-packages hold the
 * media processes, edges, the HTTP controllers and the role assembly ({@code app}).
 */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.monitor;
