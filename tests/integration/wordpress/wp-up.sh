#!/usr/bin/env bash
# Brings up a real WordPress for the integration tests, on loopback, from Debian's packages:
# MariaDB in a private data directory, WordPress served by PHP's built-in server, the site installed
# through its own installer, a user with an application password created through WordPress's PHP
# API (never by writing hashes). Writes STATE/wordpress.env with the URL, user and password.
#
#   wp-up.sh STATE_DIR [PORT]      start (idempotent: a running instance is reused)
#   wp-down.sh STATE_DIR           stop and remove
set -euo pipefail

state=${1:?state directory}
port=${2:-8765}
mkdir -p "$state"
state=$(cd "$state" && pwd)
env_file=$state/wordpress.env
site=http://127.0.0.1:$port

if [ -f "$env_file" ] && curl -fsS -o /dev/null "$site/?rest_route=/" 2>/dev/null; then
    echo "WordPress already up at $site"
    exit 0
fi
for tool in mariadbd mariadb-install-db php curl; do
    command -v "$tool" > /dev/null || { echo "wp-up: $tool is missing (installer/dev-setup.sh test installs it)" >&2; exit 1; }
done
[ -d /usr/share/wordpress ] || { echo "wp-up: the wordpress package is missing" >&2; exit 1; }
if [ "$(id -u)" -ne 0 ]; then
    echo "wp-up: needs root to write /etc/wordpress/config-127.0.0.1.php" >&2
    exit 1
fi

db=$state/mysql
sock=$state/mysql.sock
if [ ! -d "$db/mysql" ]; then
    mariadb-install-db --no-defaults --datadir="$db" --user=root --auth-root-authentication-method=normal \
        > "$state/mariadb-install.log" 2>&1
fi
mariadbd --no-defaults --datadir="$db" --socket="$sock" --skip-networking --user=root \
    --pid-file="$state/mariadb.pid" > "$state/mariadb.log" 2>&1 &
for _ in $(seq 1 100); do [ -S "$sock" ] && break; sleep 0.1; done
[ -S "$sock" ] || { echo "wp-up: MariaDB did not start; see $state/mariadb.log" >&2; exit 1; }
mariadb --no-defaults --socket="$sock" -uroot <<SQL
CREATE DATABASE IF NOT EXISTS quorum_wp;
CREATE USER IF NOT EXISTS 'quorum'@'localhost' IDENTIFIED BY 'quorum-test';
GRANT ALL ON quorum_wp.* TO 'quorum'@'localhost';
FLUSH PRIVILEGES;
SQL

cat > /etc/wordpress/config-127.0.0.1.php <<PHP
<?php
// Written by Quorum's integration tests (tests/integration/wordpress/wp-up.sh).
define('DB_NAME', 'quorum_wp');
define('DB_USER', 'quorum');
define('DB_PASSWORD', 'quorum-test');
define('DB_HOST', 'localhost:$sock');
define('WP_HOME', '$site');
define('WP_SITEURL', '$site');
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_CONTENT_DIR', '$state/wp-content');
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
PHP
# A content folder of the test's own: uploads never pile up between runs (WordPress renames a file
# whose name is taken, which would change its slug); themes and plugins are the package's.
mkdir -p "$state/wp-content/uploads"
for d in themes plugins languages; do
    src=/usr/share/wordpress/wp-content/$d
    [ -e "$src" ] || src=/var/lib/wordpress/wp-content/$d
    [ -e "$state/wp-content/$d" ] || ln -s "$src" "$state/wp-content/$d"
done

php -S 127.0.0.1:"$port" -t /usr/share/wordpress > "$state/php.log" 2>&1 &
echo $! > "$state/php.pid"
for _ in $(seq 1 100); do curl -fsS -o /dev/null "$site/wp-login.php" 2>/dev/null && break; sleep 0.1; done

# Install through WordPress's own installer.
curl -fsS -o /dev/null "$site/wp-admin/install.php?step=2" \
    --data-urlencode "weblog_title=Quorum test shop" --data-urlencode "user_name=quorum" \
    --data-urlencode "admin_password=quorum-admin-pw-1" --data-urlencode "admin_password2=quorum-admin-pw-1" \
    --data-urlencode "pw_weak=1" --data-urlencode "admin_email=quorum@example.test" --data-urlencode "blog_public=0"

# An application password, through WordPress's API.
password=$(HTTP_HOST=127.0.0.1 php -r '
    $_SERVER["HTTP_HOST"] = "127.0.0.1";
    define("WP_USE_THEMES", false);
    require "/usr/share/wordpress/wp-load.php";
    $user = get_user_by("login", "quorum");
    if (!$user) { fwrite(STDERR, "no user\n"); exit(1); }
    foreach (WP_Application_Passwords::get_user_application_passwords($user->ID) as $item) {
        WP_Application_Passwords::delete_application_password($user->ID, $item["uuid"]);
    }
    $created = WP_Application_Passwords::create_new_application_password($user->ID, array("name" => "quorum-tests"));
    if (is_wp_error($created)) { fwrite(STDERR, $created->get_error_message() . "\n"); exit(1); }
    echo $created[0];
')
cat > "$env_file" <<ENV
QUORUM_WP_URL=$site
QUORUM_WP_USER=quorum
QUORUM_WP_APP_PASSWORD=$password
ENV
# Proof that the REST API takes the password.
curl -fsS -o /dev/null -u "quorum:$password" "$site/?rest_route=/wp/v2/users/me" \
    || { echo "wp-up: the REST API refused the application password" >&2; exit 1; }
echo "WordPress up at $site (state in $state)"
