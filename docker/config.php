<?php
// This file is part of Moodle - https://moodle.org/
//
// Moodle is free software: you can redistribute it and/or modify
// it under the terms of the GNU General Public License as published by
// the Free Software Foundation, either version 3 of the License, or
// (at your option) any later version.
//
// Moodle is distributed in the hope that it will be useful,
// but WITHOUT ANY WARRANTY; without even the implied warranty of
// MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
// GNU General Public License for more details.
//
// You should have received a copy of the GNU General Public License
// along with Moodle.  If not, see <https://www.gnu.org/licenses/>.

/**
 * Moodle configuration for docker-compose.yml: everything comes from the environment.
 *
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

unset($CFG); // phpcs:ignore moodle.Files.MoodleInternal.MoodleInternalGlobalState
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
