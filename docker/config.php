<?php  // Moodle configuration for docker-compose.yml: everything comes from the environment.
unset($CFG);
global $CFG;
$CFG = new stdClass();
$CFG->dbtype    = 'pgsql';
$CFG->dblibrary = 'native';
$CFG->dbhost    = getenv('MOODLE_DBHOST') ?: 'db';
$CFG->dbname    = getenv('MOODLE_DBNAME') ?: 'moodle';
$CFG->dbuser    = getenv('MOODLE_DBUSER') ?: 'moodle';
$CFG->dbpass    = getenv('MOODLE_DBPASS') ?: 'moodle';
$CFG->prefix    = 'mdl_';
$CFG->dboptions = ['dbport' => 5432];
$CFG->wwwroot   = getenv('MOODLE_WWWROOT') ?: 'http://localhost:8080';
$CFG->dataroot  = '/var/www/moodledata';
$CFG->admin     = 'admin';
$CFG->directorypermissions = 02777;
$CFG->smtphosts = getenv('MOODLE_SMTPHOST') ?: '';
// The front proxy forwards the browser's Host header (see scripts/front-proxy.ts).
if (!empty($_SERVER['HTTP_X_FORWARDED_HOST'])) {
    $_SERVER['SERVER_PORT'] = parse_url('http://' . $_SERVER['HTTP_X_FORWARDED_HOST'], PHP_URL_PORT) ?: 80;
}
require_once(__DIR__ . '/lib/setup.php');
