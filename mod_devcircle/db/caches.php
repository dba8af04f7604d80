<?php
// This file is part of Moodle - http://moodle.org/
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
// along with Moodle.  If not, see <http://www.gnu.org/licenses/>.

/**
 * Cache definitions of mod_devcircle.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$definitions = [
    // The recordings of a circle as the webinar server (getRecordings) last listed them, keyed by
    // circle id. Short-lived, and dropped when a recording is ready, published, unpublished or
    // deleted and when a session ends (\mod_devcircle\webinar\recordings_cache). Dropped through an
    // invalidation event too, so that a web node whose store is its own (APCu, a local file store)
    // forgets what another node learnt: the callback may arrive at one node, the page at another.
    'recordings' => [
        'mode' => cache_store::MODE_APPLICATION,
        'simplekeys' => true,
        'ttl' => 2 * MINSECS,
        'invalidationevents' => [\mod_devcircle\webinar\recordings_cache::EVENT],
        'staticacceleration' => true,
        'staticaccelerationsize' => 10,
    ],
    // Servers (BigBlueButton, Etherpad) that could not be reached or did not answer in time a
    // moment ago, keyed by a hash of scheme, host and port: they are not asked again until a short
    // pause is over (\mod_devcircle\local\http\circuit_breaker). Shared by all users and requests.
    'circuit' => [
        'mode' => cache_store::MODE_APPLICATION,
        'simplekeys' => true,
        'simpledata' => false,
        'ttl' => 5 * MINSECS,
    ],
];
