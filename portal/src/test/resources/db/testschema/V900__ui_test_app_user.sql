-- Test-only: the users table as the backend's V1 creates it, for branches and tests without V1.
-- IF NOT EXISTS and the high version make it a no-op once the real V1 has run.
CREATE TABLE IF NOT EXISTS app_user (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(100) NOT NULL UNIQUE,
    password_hash VARCHAR(200) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    account_id    BIGINT,
    display_name  VARCHAR(200) NOT NULL,
    locale        VARCHAR(10)  NOT NULL,
    enabled       BOOLEAN      NOT NULL
);
