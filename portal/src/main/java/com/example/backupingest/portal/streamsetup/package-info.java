/** Contents, their stream keys and the RTMP URLs per entrypoint; the portal's StreamKeyDirectory. */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.portal.streamsetup;
