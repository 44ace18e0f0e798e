# Sourced by the image scripts (debian-base.sh, standins.sh, warm-images.sh): one of them at a time per
# Docker host, so the test run's background warm-up and a container test never build the same image twice
# at once. The first script takes the lock; the scripts it calls inherit it (BACKUP_INGEST_IMAGE_LOCK).
if [[ -z "${BACKUP_INGEST_IMAGE_LOCK:-}" ]]; then
  export BACKUP_INGEST_IMAGE_LOCK=/run/lock/backup-ingest-images.lock
  [[ -d /run/lock && -w /run/lock ]] || BACKUP_INGEST_IMAGE_LOCK="${TMPDIR:-/tmp}/backup-ingest-images.lock"
  exec 9>>"$BACKUP_INGEST_IMAGE_LOCK"
  flock 9
fi
