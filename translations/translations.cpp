// springdesk_translations holds only the compiled .qm files as resources (:/i18n/…);
// this file gives the static library a translation unit.
namespace Springdesk::Translations {
int resourceAnchor()
{
    return 0;
}
} // namespace Springdesk::Translations
