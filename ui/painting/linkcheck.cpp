// Linked with the whole of notiflow_painting and without Qt Widgets (see CMakeLists.txt); never run.
int main()
{
    return 0;
}
