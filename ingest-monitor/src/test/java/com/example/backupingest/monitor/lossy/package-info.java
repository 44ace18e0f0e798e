/** A real lossy line for tests and benchmarks: the encoder in a network namespace behind an impaired veth. */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.monitor.lossy;
