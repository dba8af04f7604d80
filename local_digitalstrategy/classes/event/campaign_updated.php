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

namespace local_digitalstrategy\event;

use local_digitalstrategy\local\campaign\campaign;

/**
 * The project team changed the survey campaign (its name, dates, target or other settings).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class campaign_updated extends \core\event\base {
    /**
     * Creates the event.
     *
     * @param campaign $campaign
     * @return self
     */
    public static function create_from_campaign(campaign $campaign): self {
        return self::create([
            'context' => \context::instance_by_id((int) $campaign->contextid),
            'objectid' => (int) $campaign->id,
        ]);
    }

    /**
     * Sets the basic properties.
     */
    protected function init() {
        $this->data['crud'] = 'u';
        $this->data['edulevel'] = self::LEVEL_OTHER;
        $this->data['objecttable'] = 'local_digitalstrategy_campaign';
    }

    /**
     * The name of the event.
     *
     * @return string
     */
    public static function get_name() {
        return get_string('campaign_event_updated', 'local_digitalstrategy');
    }

    /**
     * What happened, for the logs.
     *
     * @return string
     */
    public function get_description() {
        return "The user with id '{$this->userid}' changed the survey campaign with id '{$this->objectid}'.";
    }

    /**
     * The page the event relates to.
     *
     * @return \moodle_url
     */
    public function get_url() {
        return new \moodle_url('/local/digitalstrategy/campaign.php', ['id' => $this->objectid]);
    }

    /**
     * How backup and restore map the object id.
     *
     * @return array
     */
    public static function get_objectid_mapping() {
        return ['db' => 'local_digitalstrategy_campaign', 'restore' => \core\event\base::NOT_MAPPED];
    }
}
