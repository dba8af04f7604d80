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

namespace local_digitalstrategy\task;

use local_digitalstrategy\local\campaign\campaign_repository;
use local_digitalstrategy\local\campaign\invitation_lock;
use local_digitalstrategy\local\campaign\invitation_sender;
use local_digitalstrategy\local\settings;

/**
 * Mails a campaign's invitations (queued when the campaign opens) or its manual reminder round
 * (queued by the project team; custom data manualby = the user). Holds the campaign mail lock;
 * when another runner holds it, the task fails and Moodle runs it again later.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class send_invitations extends \core\task\adhoc_task {
    /**
     * The task's name.
     *
     * @return string
     */
    public function get_name() {
        return get_string('invite_task_send', 'local_digitalstrategy');
    }

    /**
     * Sends the mails.
     */
    public function execute() {
        $data = (array) $this->get_custom_data();
        $lock = invitation_lock::acquire(5);
        if (!$lock) {
            throw new \moodle_exception('invite_error_locked', 'local_digitalstrategy');
        }
        try {
            $campaign = \core\di::get(campaign_repository::class)->get((int) ($data['campaignid'] ?? 0));
            $sender = \core\di::get(invitation_sender::class);
            $manualby = (int) ($data['manualby'] ?? 0);
            if ($manualby > 0) {
                $settings = \core\di::get(settings::class);
                $counts = $sender->send_reminders($campaign, $settings->max_reminders(), $settings->reminder_spacing(), $manualby);
                mtrace("Campaign {$campaign->id}: {$counts['sent']} reminders sent, {$counts['failed']} refused.");
            } else {
                $counts = $sender->send_invitations($campaign);
                mtrace("Campaign {$campaign->id}: {$counts['sent']} invitations sent, {$counts['failed']} refused.");
            }
        } finally {
            $lock->release();
        }
    }
}
