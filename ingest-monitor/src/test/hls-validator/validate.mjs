// Validates HLS playlists with hls-parser in strict mode (RFC 8216: e.g. every EXTINF, rounded, at most
// EXT-X-TARGETDURATION). Arguments: playlist files. Prints one line per file: "OK <file>" or
// "INVALID <file>: <reason>"; exits 0 either way (the Java test decides).
import { readFileSync } from 'node:fs';
import HLS from 'hls-parser';

HLS.setOptions({ strictMode: true });
for (const file of process.argv.slice(2)) {
  try {
    const playlist = HLS.parse(readFileSync(file, 'utf8'));
    console.log(`OK ${file} target=${playlist.targetDuration ?? '-'}`);
  } catch (e) {
    console.log(`INVALID ${file}: ${e.message.split('\n')[0]}`);
  }
}
